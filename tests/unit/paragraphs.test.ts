import { describe, expect, it } from 'vitest';
import { joinParagraphs } from '../../src/lib/split/paragraphs';
import { linesOf } from '../helpers';

describe('joinParagraphs', () => {
  it('joins hard-wrapped lines with nothing between them', () => {
    expect(joinParagraphs(linesOf('市委书记杜\n小刚主持会议并讲\n话。'))).toEqual(['市委书记杜小刚主持会议并讲话。']);
  });
  it('reads a blank line after an unfinished sentence as a column break', () => {
    expect(joinParagraphs(linesOf('一要把握全面贯彻落实\n\n党的二十大精神主线。'))).toEqual([
      '一要把握全面贯彻落实党的二十大精神主线。',
    ]);
  });
  it('ends a paragraph at a blank line after a finished sentence', () => {
    expect(joinParagraphs(linesOf('主持会议并讲话。\n\n会议对做好今年审计'))).toEqual([
      '主持会议并讲话。',
      '会议对做好今年审计',
    ]);
  });
  it('ends a paragraph after a finished sentence on a short line', () => {
    const text =
      '坚持守正创新，力争产出更多标志性\n成果。\n在4日举行的启动仪式上，首批\n孵化项目集中签约，推动区域新药研\n发人才培养。';
    expect(joinParagraphs(linesOf(text))).toEqual([
      '坚持守正创新，力争产出更多标志性成果。',
      '在4日举行的启动仪式上，首批孵化项目集中签约，推动区域新药研发人才培养。',
    ]);
  });
  it('keeps a full line that ends a sentence inside its paragraph', () => {
    const text =
      '会议指出，2023年重点工作安\n排是抓好今年各项工作的大框架。\n各地区各部门要全面贯彻落实党的\n二十大精神。';
    expect(joinParagraphs(linesOf(text))).toHaveLength(1);
  });
  it('starts a paragraph at a printed indent', () => {
    expect(joinParagraphs(linesOf('第一段文字写到这里\n\u3000\u3000第二段开始了'))).toEqual([
      '第一段文字写到这里',
      '第二段开始了',
    ]);
  });
});
