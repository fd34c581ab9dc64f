/**
 * Child process: prepare-shard.ts SHARD_DIR TERMS.json CACHE_FILE — each term's answer within one index shard
 * (prepared.ts), added to the shard's cache file of them (kept with a checksum: a damaged one is made again).
 */
import { readFileSync } from 'node:fs';
import { readChecked, writeChecked } from '../cache-files';
import { pagefindOnDisk } from './pagefind-on-disk';
import { answerInShard, type ShardTermAnswer } from './prepared';

const [shardDir, termsFile, cacheFile] = process.argv.slice(2);
if (!shardDir || !termsFile || !cacheFile) throw new Error('usage: prepare-shard.ts SHARD_DIR TERMS.json CACHE_FILE');
const terms = JSON.parse(readFileSync(termsFile, 'utf8')) as string[];
const known = JSON.parse(readChecked(cacheFile) ?? '{}') as Record<string, ShardTermAnswer>;
const pagefind = await pagefindOnDisk(shardDir);
const answers: Record<string, ShardTermAnswer> = {};
for (const term of terms) answers[term] = known[term] ?? (await answerInShard(pagefind, term));
writeChecked(cacheFile, JSON.stringify(answers));
