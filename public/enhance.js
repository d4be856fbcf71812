// @ts-check
// The site's own script, loaded on every page. Rule pages are static documents (no React on the client, see
// scripts/static-pages.ts): this file is what makes their server-rendered tabs switch, their Copy buttons copy and
// the theme toggle toggle. Everything here is progressive: without it the page is complete and readable.
(function () {
  'use strict';
  var root = document.documentElement;

  // Theme: the head script pinned a stored choice before first paint; CSS picks the icon; this keeps the label true.
  function currentTheme() {
    var pinned = root.dataset.theme;
    if (pinned === 'light' || pinned === 'dark') return pinned;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function labelToggles() {
    var label = 'Switch to ' + (currentTheme() === 'dark' ? 'light' : 'dark') + ' theme';
    document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
    });
  }
  function toggleTheme() {
    var next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    labelToggles();
  }

  // Tabs (components/ui/Tabs.tsx): automatic activation, arrow keys, Home/End, #hash deep links.
  /** @param {Element} box */
  function parts(box) {
    var list = box.querySelector(':scope > [role=tablist]');
    return {
      tabs: list ? Array.prototype.slice.call(list.querySelectorAll(':scope > [role=tab]')) : [],
      panels: Array.prototype.slice.call(box.querySelectorAll(':scope > [role=tabpanel]')),
    };
  }
  /** @param {Element} box @param {string} id @param {boolean} focus */
  function select(box, id, focus) {
    var p = parts(box);
    p.tabs.forEach(function (/** @type {HTMLElement} */ tab) {
      var on = tab.getAttribute('aria-controls') === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    });
    p.panels.forEach(function (/** @type {HTMLElement} */ panel) {
      panel.dataset.state = panel.id === id ? 'active' : 'inactive';
      panel.dataset.hydrated = '';
    });
  }
  function fromHash() {
    var id = location.hash.slice(1);
    document.querySelectorAll('[data-tabs=hash]').forEach(function (box) {
      var known = parts(box).panels.some(function (panel) {
        return panel.id === id;
      });
      if (known) select(box, id, false);
    });
  }
  var KEYS = { ArrowRight: 1, ArrowLeft: -1, Home: 0, End: 0 };
  /** @param {KeyboardEvent} event */
  function onKey(event) {
    var tab = event.target instanceof Element ? event.target.closest('[role=tab]') : null;
    var box = tab && tab.closest('[data-tabs]');
    if (!tab || !box || !(event.key in KEYS)) return;
    var tabs = parts(box).tabs;
    var at = tabs.indexOf(tab);
    var last = tabs.length - 1;
    var to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : (at + KEYS[/** @type {'ArrowLeft'} */ (event.key)] + tabs.length) % tabs.length;
    event.preventDefault();
    activate(box, tabs[to], true);
  }
  /** @param {Element} box @param {Element} tab @param {boolean} focus */
  function activate(box, tab, focus) {
    var id = tab.getAttribute('aria-controls') || '';
    select(box, id, focus);
    // Keep any router's history state: replacing it with null makes Next.js treat the entry as foreign.
    if (box.getAttribute('data-tabs') === 'hash') history.replaceState(history.state, '', '#' + id);
  }

  // Copy (components/ui/CopyButton.tsx): the download's exact bytes, else the block's text.
  /** @param {string} href @param {string} target */
  function copyText(href, target) {
    return fetch(href)
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .catch(function () {
        var block = document.getElementById(target);
        return block ? block.textContent || '' : '';
      });
  }
  /** @param {string} text */
  function legacyCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'fixed -left-[9999px]';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  /** @param {HTMLElement} button */
  function copy(button) {
    var text = copyText(button.dataset.copy || '', button.dataset.copyTarget || '');
    var written;
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard && navigator.clipboard.write) {
      // Handing the clipboard a promise keeps the click's user activation while the file loads (Safari).
      var blob = text.then(function (t) {
        return new Blob([t], { type: 'text/plain' });
      });
      written = navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    } else if (navigator.clipboard) {
      written = text.then(function (t) {
        return navigator.clipboard.writeText(t);
      });
    } else {
      written = text.then(legacyCopy);
    }
    written
      .catch(function () {
        return text.then(function (t) {
          return navigator.clipboard.writeText(t);
        });
      })
      .then(
        function () {
          show(button, 'copied');
        },
        function () {
          show(button, 'failed');
        },
      );
  }
  /** @type {WeakMap<HTMLElement, number>} */
  var timers = new WeakMap();
  /** @param {HTMLElement} button @param {'idle' | 'copied' | 'failed'} state */
  function show(button, state) {
    var label = button.querySelector('[data-copy-label]');
    var status = button.nextElementSibling;
    var what = status instanceof HTMLElement ? status.dataset.copyStatus || '' : '';
    button.dataset.state = state;
    if (label)
      label.textContent = state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
    if (status instanceof HTMLElement && status.hasAttribute('data-copy-status'))
      status.textContent =
        state === 'copied'
          ? what + ' copied to the clipboard'
          : state === 'failed'
            ? 'Could not copy ' + what
            : '';
    clearTimeout(timers.get(button));
    if (state !== 'idle')
      timers.set(
        button,
        window.setTimeout(function () {
          show(button, 'idle');
        }, 2000),
      );
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var toggle = target.closest('[data-theme-toggle]');
    if (toggle) return toggleTheme();
    var copyButton = target.closest('[data-copy]');
    if (copyButton instanceof HTMLElement) return copy(copyButton);
    var tab = target.closest('[role=tab]');
    var box = tab && tab.closest('[data-tabs]');
    if (tab && box) activate(box, tab, false);
  });
  document.addEventListener('keydown', onKey);
  addEventListener('hashchange', fromHash);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', labelToggles);

  function start() {
    labelToggles();
    document.querySelectorAll('[data-tabs]').forEach(function (box) {
      var p = parts(box);
      var active = p.panels.filter(function (panel) {
        return panel.getAttribute('data-state') === 'active';
      })[0];
      if (active) select(box, active.id, false);
    });
    fromHash();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
