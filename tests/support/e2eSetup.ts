import { afterAll } from 'vitest';
import { closeSharedChromium, shareOneChromium } from './browser.ts';

// Set-up file of the e2e project: the users of a test file are contexts of one Chromium, closed
// after the file's own hooks (set-up hooks run first and their `afterAll` last).
shareOneChromium();
afterAll(closeSharedChromium);
