import { describe, expect, it } from 'vitest';
import { findRoleNames, mentionedNames } from '../../src/lib/split/people';

describe('findRoleNames', () => {
  it('takes the name after a title, with the whole title chain', () => {
    expect(findRoleNames('市委书记、市委审计委员会主任杜小刚主持会议并讲话。')).toEqual([
      { name: '杜小刚', role: '市委书记、市委审计委员会主任' },
    ]);
  });
  it('takes two-character names where jieba splits them', () => {
    expect(findRoleNames('副市长高飞出席。')).toEqual([{ name: '高飞', role: '副市长' }]);
    expect(findRoleNames('北京大学党委书记郝平进行会谈。')).toEqual([{ name: '郝平', role: '北京大学党委书记' }]);
  });
  it('shares a title over a list', () => {
    expect(
      findRoleNames('市领导陆志坚、周凤琴、高飞、李秋峰，市人大常委会秘书长陆洪出席。').map(
        (p) => `${p.name}/${p.role}`,
      ),
    ).toEqual(['陆志坚/市领导', '周凤琴/市领导', '高飞/市领导', '李秋峰/市领导', '陆洪/市人大常委会秘书长']);
  });
  it('gives no title to a name joined by 和', () => {
    expect(findRoleNames('赵建军与公司董事长孙忠杰和刘德芳、齐海龙等公司高管座谈。')).toEqual([
      { name: '孙忠杰', role: '公司董事长' },
      { name: '刘德芳', role: null },
      { name: '齐海龙', role: null },
    ]);
  });
  it('takes nothing after 总书记, whose name comes first', () => {
    expect(findRoleNames('深入学习贯彻习近平总书记在党的二十大报告中提出的要求。')).toEqual([]);
  });
  it('takes nothing where a title word is only part of a body’s name', () => {
    expect(findRoleNames('市委审计委员会召开第十次会议，健全党对各领域的领导体制机制。')).toEqual([]);
  });
});

describe('mentionedNames', () => {
  const known = new Set(['杜小刚', '高飞', '赵建军']);
  it('finds names as words, in order of first mention', () => {
    expect(mentionedNames('赵建军与杜小刚会谈。杜小刚强调', known)).toEqual(['赵建军', '杜小刚']);
  });
  it('does not find a name whose characters belong to another word', () => {
    expect(mentionedNames('要不断提高飞行安全水平', known)).toEqual([]);
  });
});

describe('role patterns', () => {
  it('take no run of one character repeated for a name', () => {
    expect(findRoleNames('该行行长长长地叹了一口气。').map((p) => p.name)).not.toContain('长长长');
    expect(findRoleNames('行长长长').map((p) => p.name)).toEqual([]);
  });
  it('take no verb after a role for a name (负责人作交流发言 names nobody), and keep rare surnames', () => {
    expect(findRoleNames('会上，6家企业负责人作交流发言。')).toEqual([]);
    expect(findRoleNames('省委书记信长星、北京大学副校长朴世龙出席。').map((p) => p.name)).toEqual([
      '信长星',
      '朴世龙',
    ]);
  });
});
