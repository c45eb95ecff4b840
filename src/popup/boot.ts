import { firstPaint } from './first-paint';
import { loadAfterPaint } from './load-after-paint';

// popup.html's only script, a few hundred bytes: the popup itself (popup.js) is fetched and run once the
// loading frame is on screen (see load-after-paint.ts). The cap is firstPaint's: where no paint is
// reported, popup.js comes at most that much later than it did as a deferred script.
void loadAfterPaint(document, 'popup.js', firstPaint(100));
