import browser from 'webextension-polyfill';
import type { StoryReport } from '../shared/report';

// Placeholder until the popup issue lands: the headline and the entity count.
async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const param = new URLSearchParams(location.search).get('tab');
  const tabId = param ? Number(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const report = tabId === undefined ? null : ((await browser.runtime.sendMessage({ type: 'report:get', tabId })) as StoryReport | null);
  const heading = document.createElement('h1');
  heading.textContent = report?.article.title ?? 'No story on this page';
  app.append(heading);
  if (report) {
    const summary = document.createElement('p');
    summary.textContent = `${report.entities.length} entities, ${report.quotes.length} quotations`;
    app.append(summary);
  }
}
void main();
