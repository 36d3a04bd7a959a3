import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'], logLevel: 'silent' });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
chrome.kill();
const lhr = r!.lhr;
writeFileSync('/tmp/prof/lhr.json', JSON.stringify(lhr));
console.log('score', lhr.categories.performance.score);
for (const id of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','speed-index','cumulative-layout-shift','interactive','max-potential-fid'])
  console.log(id, lhr.audits[id].numericValue?.toFixed(0), lhr.audits[id].score);
const lt = lhr.audits['long-tasks'].details as any;
for (const it of lt.items) console.log('long task', it.startTime.toFixed(0), it.duration.toFixed(0), it.url);
const mt = lhr.audits['mainthread-work-breakdown'].details as any;
for (const it of mt.items) console.log('mt', it.groupLabel, it.duration.toFixed(0));
const bt = lhr.audits['bootup-time'].details as any;
for (const it of bt.items) console.log('boot', it.url, it.total.toFixed(0), it.scripting.toFixed(0), it.scriptParseCompile.toFixed(0));
