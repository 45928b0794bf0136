// Loaded with `node --import`: writes the URL of every module Node loads to the file named by FAZHI_LOADS, so a
// test can see what importing an entry really loads (not only what its imports say).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.FAZHI_LOADS) appendFileSync(process.env.FAZHI_LOADS, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
