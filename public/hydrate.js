// @ts-check
// Deferred hydration for the feed, technique and coverage pages (written into them by scripts/defer-hydration.ts).
// Their HTML is complete without React: every rule is listed, every count is shown, links are plain <a>. React only
// adds search, filters, recounting and the bulk download, in one element of the page (a React island), so its code
// is not fetched while the page loads: this script fetches it on the reader's first sign of life (pointer, key,
// touch, scroll, focus), or at once when the URL asks for a view the HTML does not show (a query string). That code
// is the island's ES modules (data-modules, built by scripts/island.ts), with the data it wants fetched alongside
// (data-preload). A visit that only reads never runs React; once the page has loaded and the browser is idle, the
// modules are only downloaded and compiled (modulepreload), so that first interaction is quicker.
//
// Nothing typed or clicked before React is ready is lost:
//   - text typed into a box stays in the box (React keeps the DOM value when it hydrates) and the component reads
//     it when it mounts (components/search/FeedSearch.tsx);
//   - a click on a button or checkbox is remembered and replayed once the page's root component reports it has
//     hydrated (the `soc:hydrated` event, components/use-hydrated.ts);
//   - a <select> changed meanwhile gets a change event then;
//   - `/` focuses the search box, as it will once React runs.
// If the island cannot start (a module or its data did not load: `soc:island-failed`), its controls are turned off,
// held clicks undone, and the page says why.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!(me instanceof HTMLScriptElement)) return;
  var root = document.documentElement;
  var modules = (me.dataset.modules || '').split(' ').filter(Boolean);
  var preload = (me.dataset.preload || '').split(' ').filter(Boolean);
  var EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'];
  var started = false;
  var hydrated = false;
  /** @type {HTMLElement[]} */
  var held = [];

  /** @param {string} src */
  function addModule(src) {
    var script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onerror = function () {
      fail('a script did not load');
    };
    // Added scripts run in the order added only when not async: the chunks an entry imports come before it.
    script.async = false;
    document.head.append(script);
  }

  /** @param {string} reason */
  function start(reason) {
    if (started) return;
    started = true;
    for (var i = 0; i < EVENTS.length; i++) removeEventListener(EVENTS[i], onSign, true);
    root.dataset.hydrateStart = String(Math.round(performance.now()));
    root.dataset.hydrateReason = reason;
    // Data the island will want as soon as it runs (the search index, the explorer's props): fetched alongside it.
    preload.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    });
    modules.forEach(addModule);
  }

  /** @param {Event} event */
  function onSign(event) {
    start(event.type);
  }

  // Once hydrateRoot has run, React listens at its root (the island's element) and replays a click on a part it has
  // not hydrated yet itself.
  function reactListening() {
    return Array.prototype.some.call(
      document.querySelectorAll('[data-hydrate]'),
      function (/** @type {Node} */ node) {
        return Object.keys(node).some(function (key) {
          return key.indexOf('__reactContainer$') === 0;
        });
      },
    );
  }

  // Clicks on controls React will own, made before React listens: remembered and replayed once it has hydrated.
  // A button does nothing natively, so its click waits; a checkbox toggles at once (the reader sees it) and is
  // handed to React as that change.
  document.addEventListener(
    'click',
    function (event) {
      if (hydrated || !event.isTrusted) return;
      var target = event.target instanceof Element ? event.target : null;
      var control = target && target.closest('button, input[type=checkbox]');
      if (!(control instanceof HTMLElement) || !control.closest('[data-hydrate]')) return;
      if (reactListening()) return;
      if (held.indexOf(control) < 0) held.push(control);
      start('click');
    },
    true,
  );

  /** @param {HTMLElement} control */
  function replay(control) {
    if (!control.isConnected) return;
    if (control instanceof HTMLInputElement) {
      // React took the box's state from the DOM as it hydrated but its own state from the server: hand it over as
      // the click that made the difference (defaultChecked is what React rendered).
      if (control.checked === control.defaultChecked) return;
      control.checked = control.defaultChecked;
    }
    control.click();
  }

  // The island could not start (a module or its data did not load): its controls would do nothing, so they are turned
  // off, the held clicks are undone, and the page says why. Everything the HTML shows stays.
  var failed = false;
  /** @param {string} reason */
  function fail(reason) {
    if (hydrated || failed) return;
    failed = true;
    held.forEach(function (control) {
      if (control instanceof HTMLInputElement) control.checked = control.defaultChecked;
    });
    held = [];
    document.querySelectorAll('[data-hydrate]').forEach(function (host) {
      host.querySelectorAll('input, select, button').forEach(function (control) {
        control.setAttribute('disabled', '');
      });
      var note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.className = 'mb-4 rounded border border-warn-line bg-warn-bg px-3 py-2 text-sm text-warn';
      note.textContent =
        'This part of the page could not start (' +
        reason +
        '), so its controls are off. Reload to try again.';
      host.prepend(note);
    });
  }
  document.addEventListener('soc:island-failed', function (event) {
    fail(event instanceof CustomEvent ? String(event.detail) : 'unknown error');
  });

  document.addEventListener('soc:hydrated', function () {
    if (hydrated) return;
    hydrated = true;
    root.dataset.hydrated = String(Math.round(performance.now()));
    document.querySelectorAll('[data-hydrate] select').forEach(function (select) {
      if (!(select instanceof HTMLSelectElement)) return;
      var initial = Array.prototype.find.call(select.options, function (/** @type {HTMLOptionElement} */ o) {
        return o.defaultSelected;
      });
      if (initial && select.value !== initial.value)
        select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    var queue = held;
    held = [];
    queue.forEach(replay);
  });

  // The `/` shortcut (components/search/use-slash-shortcut.ts) works before React too: it names its target with
  // aria-keyshortcuts.
  document.addEventListener('keydown', function (event) {
    if (hydrated || event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.closest('input, textarea, select, [contenteditable="true"]')) return;
    var box = document.querySelector('[data-hydrate] [aria-keyshortcuts="/"]');
    if (!(box instanceof HTMLInputElement) || reactListening()) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // Once the page has loaded and the browser is idle, download and compile (not run) the island's modules, so the
  // first interaction only has to run them. The data is not prefetched: the search index is large.
  function prefetch() {
    if (started) return;
    // modulepreload, not prefetch: fetched the way the module script will fetch them (CORS), so that fetch is reused
    // (a plain prefetch is not, and each module would be downloaded twice), and compiled ahead too.
    modules.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    });
  }
  function whenIdle() {
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 3000 });
    else setTimeout(prefetch, 1000);
  }
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });

  if (location.search) start('url');
  else
    for (var i = 0; i < EVENTS.length; i++)
      addEventListener(EVENTS[i], onSign, { capture: true, passive: true });
})();
