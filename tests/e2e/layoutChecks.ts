import type { Page } from 'playwright-core';

/**
 * Visible text set smaller than 13 px (the design's floor), as "TAG.class: size "text"" lines.
 * Passed as a string so the page does not need the test runner's helpers.
 */
export function textBelow13px(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.visually-hidden, [hidden]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 13) small.push(el.tagName + '.' + el.className + ': ' + size + 'px "' + text.slice(0, 30) + '"');
    }
    return small;
  })()`);
}

/** True when the page scrolls sideways (something is wider than the window). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
}
