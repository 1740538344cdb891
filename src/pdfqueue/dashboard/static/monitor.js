// pdfqueue queue monitor: keeps the server-rendered page current. Plain JavaScript, no build.
//
// Live mode: an EventSource on /events says when something changed; each event refetches
// /data (the page's sections as HTML) and swaps them in. Polling mode: when the event stream
// cannot be opened or breaks, /data is fetched every few seconds and the header says so.
(function () {
  "use strict";

  const root = document.getElementById("monitor");
  if (!root) return;
  const dataUrl = root.dataset.dataUrl;
  const eventsUrl = root.dataset.eventsUrl;
  const signInUrl = root.dataset.signInUrl;
  const pollMs = Number(root.dataset.pollSeconds || 5) * 1000;
  const OPEN_TIMEOUT_MS = 4000; // no open event by then: fall back to polling
  const RECONNECT_MS = 15000; // while polling, try the event stream again this often

  const status = document.getElementById("live-status");
  const modeText = document.getElementById("live-mode");
  const updatedAt = document.getElementById("updated-at");
  const flash = document.getElementById("flash");
  const filterForm = document.getElementById("error-filter");
  const bulkForm = document.getElementById("retry-matching");

  let mode = "connecting";
  let source = null;
  let pollTimer = null;
  let openTimer = null;
  let reconnectTimer = null;
  let fetching = false;
  let again = false;
  let flashTimer = null;

  function setMode(next, detail) {
    mode = next;
    status.dataset.mode = next;
    const text = {
      connecting: "Connecting…",
      live: "Live",
      polling: "Polling every " + pollMs / 1000 + " s (live updates unavailable)",
      offline: "Data unavailable; retrying",
    }[next];
    modeText.textContent = detail ? text + " — " + detail : text;
  }

  function filterQuery() {
    const params = new URLSearchParams(window.location.search);
    const out = new URLSearchParams();
    for (const key of ["queue", "document"]) {
      if (params.get(key)) out.set(key, params.get(key));
    }
    const text = out.toString();
    return text ? "?" + text : "";
  }

  // Swapping a section would close an open <details> (a long error being read): remember them.
  function openDetails(part) {
    return new Set(
      Array.from(part.querySelectorAll("details[open]")).map((d) => d.closest("[data-job]")?.dataset.job)
    );
  }

  function swap(name, html) {
    const part = root.querySelector('[data-part="' + name + '"]');
    if (!part) return;
    const keep = openDetails(part);
    part.innerHTML = html;
    for (const id of keep) {
      const row = id && part.querySelector('[data-job="' + CSS.escape(id) + '"] details');
      if (row) row.open = true;
    }
  }

  // A hidden tab reads nothing; it catches up the moment it is shown again.
  let missed = false;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && missed) {
      missed = false;
      refresh();
    }
  });

  async function refresh() {
    if (document.visibilityState === "hidden") {
      missed = true;
      return;
    }
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    try {
      const response = await fetch(dataUrl + filterQuery(), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.status === 401) {
        window.location.assign(signInUrl);
        return;
      }
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.error || "HTTP " + response.status);
      for (const [name, html] of Object.entries(body.parts)) swap(name, html);
      const when = new Date(body.summary.generated_at);
      updatedAt.textContent = when.toISOString().slice(11, 19);
      updatedAt.dateTime = body.summary.generated_at;
      if (mode === "offline") setMode(source && source.readyState === 1 ? "live" : "polling");
    } catch (err) {
      setMode("offline", String(err.message || err));
    } finally {
      fetching = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  }

  function startPolling() {
    if (pollTimer === null) pollTimer = window.setInterval(refresh, pollMs);
    if (mode !== "offline") setMode("polling");
  }

  function stopPolling() {
    if (pollTimer !== null) window.clearInterval(pollTimer);
    pollTimer = null;
  }

  function connect() {
    if (reconnectTimer !== null) window.clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (!("EventSource" in window)) {
      startPolling();
      return;
    }
    if (source) source.close();
    source = new EventSource(eventsUrl);
    openTimer = window.setTimeout(fallBack, OPEN_TIMEOUT_MS);
    source.addEventListener("open", () => {
      window.clearTimeout(openTimer);
      stopPolling();
      setMode("live");
      refresh(); // catch up on whatever changed while we were not listening
    });
    source.addEventListener("change", refresh);
    source.addEventListener("tick", refresh);
    source.addEventListener("expired", () => window.location.assign(signInUrl));
    source.addEventListener("error", fallBack);
  }

  // The stream failed (blocked, proxy without streaming, server restart): poll, and try the
  // stream again later. The browser's own reconnection is not relied on: it gives up on
  // HTTP errors and keeps silent on network ones.
  function fallBack() {
    window.clearTimeout(openTimer);
    if (source) source.close();
    source = null;
    startPolling();
    if (reconnectTimer === null) reconnectTimer = window.setTimeout(connect, RECONNECT_MS);
  }

  function showFlash(text, isError) {
    flash.textContent = text;
    flash.classList.toggle("error", Boolean(isError));
    flash.hidden = false;
    window.clearTimeout(flashTimer);
    flashTimer = window.setTimeout(() => (flash.hidden = true), 6000);
  }

  // Actions (retry, cancel, retry all matching) post the form with fetch and refresh at once;
  // without JavaScript the same forms post normally and the server redirects back.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-action")) return;
    event.preventDefault();
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
    const buttons = form.querySelectorAll("button");
    buttons.forEach((b) => (b.disabled = true));
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 401) {
        window.location.assign(signInUrl);
        return;
      }
      showFlash(body.message || body.error || "HTTP " + response.status, !response.ok);
    } catch (err) {
      showFlash("The action did not reach the server: " + (err.message || err), true);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
      refresh();
    }
  });

  // The error filter applies in place: the URL keeps it (reload and share work) and the bulk
  // retry form follows what the log shows.
  if (filterForm) {
    filterForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const values = new FormData(filterForm);
      const params = new URLSearchParams();
      for (const key of ["queue", "document"]) {
        const value = String(values.get(key) || "").trim();
        if (value) params.set(key, value);
      }
      const query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      if (bulkForm) {
        bulkForm.elements.queue.value = params.get("queue") || "";
        bulkForm.elements.document.value = params.get("document") || "";
      }
      refresh();
    });
  }

  connect();
})();
