// Cited web chat. Plain browser JavaScript, no dependencies, nothing loaded from elsewhere.
// Every piece of server data (answers, titles, abstracts, model names, errors) is inserted as
// text (textContent / createTextNode), never as HTML.
'use strict';

(() => {
  const TOKEN_KEY = 'cited.apiToken';
  const MODEL_KEY = 'cited.model';
  const MARKERS = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;

  const $ = (id) => document.getElementById(id);
  const els = {
    conversation: $('conversation'),
    welcome: $('welcome'),
    collectionInfo: $('collection-info'),
    composer: $('composer'),
    question: $('question'),
    send: $('send'),
    model: $('model'),
    newChat: $('new-chat'),
    tokenBar: $('token-bar'),
    tokenForm: $('token-form'),
    tokenInput: $('api-token'),
    card: $('paper-card'),
    cardBadge: $('card-badge'),
    cardClose: $('card-close'),
    cardTitle: $('card-title'),
    cardMeta: $('card-meta'),
    cardBody: $('card-body'),
    cardAbstract: $('card-abstract'),
    scrim: $('scrim'),
    cardOthers: $('card-others'),
    cardOthersList: $('card-others-list'),
    sources: $('sources'),
    sourcesTitle: $('sources-title'),
    sourcesSub: $('sources-sub'),
    sourcesEmpty: $('sources-empty'),
    sourcesList: $('sources-list'),
  };

  const state = {
    conversationId: null,
    busy: false,
    controller: null,
    papers: new Map(), // paper id -> Promise of GET /api/v1/papers/{id}
    cardRequest: 0,
  };

  // ---------------------------------------------------------------- small DOM helpers

  /** An element with optional class and text; children may be nodes or strings (as text). */
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** Only http(s) links are ever put into an href. */
  function safeUrl(url) {
    if (typeof url !== 'string') return null;
    try {
      const u = new URL(url, window.location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  }

  function link(url, text, className) {
    const a = el('a', className, text);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  /** The conversation scrolls by itself on wide screens and with the page on narrow ones. */
  function scrollToBottom(force) {
    const c = els.conversation;
    if (getComputedStyle(c).overflowY === 'auto') {
      if (force || c.scrollHeight - c.scrollTop - c.clientHeight < 160) c.scrollTop = c.scrollHeight;
      return;
    }
    const last = c.lastElementChild;
    if (last && (force || last.getBoundingClientRect().bottom < window.innerHeight + 200)) {
      last.scrollIntoView({ block: 'end' });
    }
  }

  function formatMs(ms) {
    if (typeof ms !== 'number' || !isFinite(ms)) return null;
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  }

  function versionLabel(version, versions) {
    return versions > 1 && version ? `version ${version} of ${versions}` : null;
  }

  function sourceTitle(source) {
    return (source && (source.title || source.label)) || (source && source.paper_id) || 'Untitled paper';
  }

  // ---------------------------------------------------------------- HTTP

  class ApiFailure extends Error {
    constructor(message, code, status) {
      super(message);
      this.code = code || null;
      this.status = status || null;
    }
  }

  function authHeaders(headers) {
    const token = localStorage.getItem(TOKEN_KEY);
    const h = Object.assign({}, headers || {});
    if (token) h.Authorization = `Bearer ${token}`;
    return h;
  }

  /** fetch() with the stored token; a non-2xx answer becomes an ApiFailure with the server's message. */
  async function api(path, options) {
    const opts = Object.assign({}, options || {});
    opts.headers = authHeaders(opts.headers);
    let res;
    try {
      res = await fetch(path, opts);
    } catch (e) {
      if (e && e.name === 'AbortError') throw e;
      throw new ApiFailure('Could not reach the Cited server. Is it still running?', 'network_error', 0);
    }
    if (res.ok) return res;
    let code = `http_${res.status}`;
    let message = `The server answered ${res.status} ${res.statusText || ''}`.trim();
    try {
      const body = await res.json();
      if (body && typeof body.message === 'string') message = body.message;
      if (body && typeof body.error === 'string') code = body.error;
    } catch {
      // not JSON: keep the status line
    }
    if (res.status === 401) {
      showTokenBar();
      message = localStorage.getItem(TOKEN_KEY)
        ? 'The saved API token was not accepted. Enter the right token above and ask again.'
        : 'This server needs an API token. Enter it above and ask again.';
    }
    throw new ApiFailure(message, code, res.status);
  }

  /** Server-Sent Events from a fetch() response, parsed by hand (events may be split across chunks). */
  async function* sseEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // normalise CRLF / CR line ends, keeping a trailing CR until we see what follows it
      buffer = buffer.replace(/\r\n|\r(?!$)/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseEventBlock(block);
        if (event) yield event;
      }
    }
    buffer += decoder.decode();
    const last = parseEventBlock(buffer.replace(/\r\n?/g, '\n'));
    if (last) yield last;
  }

  function parseEventBlock(block) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return null;
    const raw = data.join('\n');
    try {
      return { name, data: JSON.parse(raw) };
    } catch {
      return { name, data: raw };
    }
  }

  // ---------------------------------------------------------------- token

  function showTokenBar() {
    els.tokenBar.hidden = false;
    els.tokenInput.value = '';
    els.tokenInput.focus();
  }

  els.tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const token = els.tokenInput.value.trim();
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    els.tokenBar.hidden = true;
    loadModels();
    els.question.focus();
  });

  // ---------------------------------------------------------------- models and collection info

  async function loadModels() {
    try {
      const res = await api('/api/v1/models', { headers: { Accept: 'application/json' } });
      const body = await res.json();
      const models = Array.isArray(body.models) ? body.models : [];
      const saved = localStorage.getItem(MODEL_KEY);
      els.model.replaceChildren();
      for (const m of models) {
        const detail = [m.provider, m.model].filter((x) => x && x !== m.name).join(' · ');
        const option = el('option', null, detail ? `${m.name} (${detail})` : String(m.name));
        option.value = m.name;
        els.model.append(option);
      }
      const names = models.map((m) => m.name);
      els.model.value = saved && names.includes(saved) ? saved : body.default || names[0] || '';
      if (els.model.options.length === 0) {
        const option = el('option', null, 'Server default');
        option.value = '';
        els.model.append(option);
      }
    } catch (e) {
      // keep the "Server default" choice; a 401 has already shown the token bar
    }
  }

  els.model.addEventListener('change', () => {
    if (els.model.value) localStorage.setItem(MODEL_KEY, els.model.value);
  });

  async function loadCollectionInfo() {
    try {
      const res = await fetch('/api/v1/health', { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const body = await res.json();
      if (typeof body.papers === 'number') {
        els.collectionInfo.textContent = `${body.papers} paper${body.papers === 1 ? '' : 's'} indexed`;
      }
    } catch {
      // purely informative
    }
  }

  // ---------------------------------------------------------------- composer

  function autoGrow() {
    const q = els.question;
    q.style.height = 'auto';
    q.style.height = `${Math.min(q.scrollHeight, 180)}px`;
  }

  els.question.addEventListener('input', autoGrow);
  els.question.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  els.composer.addEventListener('submit', (e) => {
    e.preventDefault();
    if (state.busy) stop();
    else submit();
  });

  function submit() {
    if (state.busy) return;
    const question = els.question.value.trim();
    if (!question) {
      els.question.focus();
      return;
    }
    els.question.value = '';
    autoGrow();
    ask(question);
  }

  function stop() {
    if (state.controller) state.controller.abort();
  }

  function setBusy(busy) {
    state.busy = busy;
    els.question.disabled = busy;
    els.send.textContent = busy ? 'Stop' : 'Ask';
    els.send.classList.toggle('stop', busy);
    els.send.setAttribute('aria-label', busy ? 'Stop answering' : 'Ask');
    document.body.classList.toggle('busy', busy);
    if (!busy) {
      els.question.focus();
    }
  }

  for (const button of document.querySelectorAll('.example')) {
    button.addEventListener('click', () => {
      if (state.busy) return;
      els.question.value = button.textContent;
      submit();
    });
  }

  els.newChat.addEventListener('click', () => {
    if (state.busy) stop();
    state.conversationId = null;
    for (const m of Array.from(els.conversation.querySelectorAll('.message'))) m.remove();
    els.welcome.hidden = false;
    renderSources(null);
    closeCard();
    els.question.focus();
  });

  // ---------------------------------------------------------------- asking

  async function ask(question) {
    els.welcome.hidden = true;
    const userMessage = el('div', 'message user');
    userMessage.append(el('div', 'bubble', question));
    els.conversation.append(userMessage);

    const view = answerView();
    els.conversation.append(view.root);
    scrollToBottom(true);

    setBusy(true);
    const controller = new AbortController();
    state.controller = controller;
    const body = { question };
    if (els.model.value) body.model = els.model.value;
    if (state.conversationId) body.conversation_id = state.conversationId;

    let finished = false;
    try {
      const res = await api('/api/v1/ask/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      for await (const event of sseEvents(res)) {
        const data = event.data || {};
        if (event.name === 'sources') {
          if (data.conversation_id) state.conversationId = data.conversation_id;
          view.sources(Array.isArray(data.sources) ? data.sources : []);
        } else if (event.name === 'token') {
          view.token(typeof data.text === 'string' ? data.text : '');
        } else if (event.name === 'done') {
          if (data.conversation_id) state.conversationId = data.conversation_id;
          view.done(data);
          finished = true;
        } else if (event.name === 'error') {
          view.fail(typeof data.message === 'string' ? data.message : 'The answer failed.', data.error);
          finished = true;
        }
        scrollToBottom(false);
      }
      if (!finished) view.fail('The answer stream ended before the answer was complete.', 'stream_truncated');
    } catch (e) {
      if (e && e.name === 'AbortError') view.stopped();
      else if (e instanceof ApiFailure) view.fail(e.message, e.code);
      else view.fail('Something went wrong while reading the answer.', 'client_error');
    } finally {
      state.controller = null;
      setBusy(false);
      scrollToBottom(false);
    }
  }

  /** One answer in the conversation: status, streamed text, then the checked answer. */
  function answerView() {
    const root = el('article', 'message answer');
    root.dataset.state = 'pending';
    root.dataset.tokens = '0';
    root.setAttribute('aria-busy', 'true'); // screen readers hear the checked answer, not every token
    const head = el('div', 'answer-head');
    const avatar = el('span', 'avatar', 'C');
    avatar.setAttribute('aria-hidden', 'true');
    const status = el('span', 'status', 'Searching the collection');
    status.append(el('span', 'dots'));
    head.append(avatar, status);
    const text = el('div', 'answer-text');
    root.append(head, text);
    let streamed = '';
    let streamNode = null;
    let tokens = 0;

    function setStatus(label, busy) {
      status.replaceChildren(document.createTextNode(label));
      if (busy) status.append(el('span', 'dots'));
    }

    return {
      root,
      sources(sources) {
        setStatus(`Reading ${sources.length} paper${sources.length === 1 ? '' : 's'}`, true);
        renderSources({ sources, citations: [], outcome: null, pending: true });
      },
      token(piece) {
        if (!streamNode) {
          root.dataset.state = 'streaming';
          root.classList.add('streaming');
          setStatus('Writing', true);
          streamNode = document.createTextNode('');
          text.replaceChildren(streamNode, el('span', 'caret'));
        }
        tokens += 1;
        root.dataset.tokens = String(tokens);
        streamed += piece;
        streamNode.data = streamed;
      },
      done(answer) {
        root.removeAttribute('aria-busy');
        root.classList.remove('streaming');
        const outcome = outcomeOf(answer);
        root.dataset.state = abstainedFrom(answer) ? 'abstained' : 'done';
        if (outcome) root.dataset.outcome = outcome.status;
        if (outcome && outcome.fallbacks.length) root.dataset.fellBack = outcome.fallbacks.map((f) => f.step).join(' ');
        root.classList.add('final');
        head.remove();
        text.replaceChildren();
        if (abstainedFrom(answer)) {
          root.classList.add('abstained');
          text.remove();
          root.append(abstentionView(answer));
        } else {
          renderAnswerText(text, answer);
        }
        const warnings = warningsView(answer.warnings);
        if (warnings) root.append(warnings);
        root.append(metaView(answer));
        closeCard();
        renderSources(answer);
      },
      fail(message, code) {
        root.removeAttribute('aria-busy');
        root.classList.remove('streaming');
        root.dataset.state = 'error';
        head.remove();
        text.remove();
        const box = el('div', 'error');
        box.setAttribute('role', 'alert');
        box.append(el('strong', null, 'No answer this time.'), ' ', el('span', 'error-message', message));
        if (code) box.append(' ', el('code', 'error-code', String(code)));
        if (streamed) {
          const partial = el('details', 'partial');
          partial.append(el('summary', null, 'Text received before the failure (unchecked)'), el('p', null, streamed));
          box.append(partial);
        }
        root.append(box);
      },
      stopped() {
        root.removeAttribute('aria-busy');
        root.classList.remove('streaming');
        root.dataset.state = 'stopped';
        head.remove();
        text.remove();
        root.append(el('div', 'stopped', 'Stopped. The unchecked text was discarded.'));
      },
    };
  }

  /** A list item line of the checked answer: "- x", "* x", "• x" or "1. x"; group 1 is the number, if any. */
  const LIST_ITEM = /^\s*(?:[-*+•]|(\d{1,3})[.)])\s+/;

  /**
   * The checked answer, keeping its shape: blocks (split at blank lines) become paragraphs, runs of
   * list lines become bullet or numbered lists, **bold** and *italics* become strong and em, and [n]
   * markers become chips; each claim is a span so a chip can light it up. Built with DOM nodes and
   * text only: whatever the answer holds (HTML, links, images) is shown as text, never parsed.
   */
  function renderAnswerText(container, answer) {
    const text = typeof answer.answer === 'string' ? answer.answer : '';
    const citations = Array.isArray(answer.citations) ? answer.citations : [];
    const sources = Array.isArray(answer.sources) ? answer.sources : [];
    const known = new Set(sources.map((s) => s.n).concat(citations.map((c) => c.n)));
    for (const block of text.split(/\n{2,}/)) {
      let list = null;
      let p = null;
      for (const line of block.split('\n')) {
        const item = LIST_ITEM.exec(line);
        if (item) {
          const ordered = item[1] !== undefined;
          if (!list || (list.tagName === 'OL') !== ordered) {
            list = el(ordered ? 'ol' : 'ul');
            if (ordered && item[1] !== '1') list.start = parseInt(item[1], 10);
            container.append(list);
          }
          p = null;
          const li = el('li');
          renderClaims(li, line.slice(item[0].length), answer, known);
          list.append(li);
        } else if (line.trim()) {
          list = null;
          if (!p) {
            p = el('p');
            container.append(p);
          } else {
            p.append(document.createTextNode('\n'));
          }
          renderClaims(p, line, answer, known);
        }
      }
    }
  }

  /** One line of the answer into target: claims as spans, each ended by its chips. */
  function renderClaims(target, line, answer, known) {
    let last = 0;
    let claim = el('span', 'claim');
    MARKERS.lastIndex = 0;
    let m;
    while ((m = MARKERS.exec(line)) !== null) {
      const before = line.slice(last, m.index);
      const numbers = m[1].split(/[,;]/).map((x) => parseInt(x.trim(), 10));
      if (!numbers.every((n) => known.has(n))) {
        continue; // not a citation we know: leave it as text
      }
      // the last word and its chips never wrap apart (unless the word is inside emphasis)
      let tail = null;
      const lastWord = /(\S+)\s*$/.exec(before);
      if (lastWord && !/[*_]/.test(lastWord[1])) {
        if (lastWord.index > 0) inline(claim, before.slice(0, lastWord.index));
        tail = el('span', 'nowrap', lastWord[1]);
      } else if (before) {
        inline(claim, before);
      }
      const claimText = claim.textContent + (tail ? tail.textContent : '');
      for (const n of numbers) {
        (tail || claim).append(chip(answer, n, claimText, claim));
      }
      if (tail) claim.append(tail);
      target.append(claim);
      claim = el('span', 'claim');
      last = m.index + m[0].length;
    }
    const rest = line.slice(last);
    if (rest) inline(claim, rest);
    if (claim.childNodes.length) target.append(claim);
  }

  /** Emphasis closed within one piece of text: **bold** or __bold__ (nested once), *italics* or _italics_. */
  const EMPHASIS = /\*\*(?=\S)([^]*?\S)\*\*|__(?=\S)([^]*?\S)__|\*(?=[^\s*])([^*]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}])/gu;

  /** Text into target, with its emphasis as strong and em elements; everything else stays text. */
  function inline(target, s, depth = 0) {
    const re = new RegExp(EMPHASIS.source, EMPHASIS.flags);
    let last = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
      if (m.index > last) target.append(document.createTextNode(s.slice(last, m.index)));
      const bold = m[1] !== undefined ? m[1] : m[2];
      if (bold !== undefined && depth < 2) {
        const strong = el('strong');
        inline(strong, bold, depth + 1);
        target.append(strong);
      } else {
        target.append(el('em', null, bold !== undefined ? bold : m[3] !== undefined ? m[3] : m[4]));
      }
      last = m.index + m[0].length;
    }
    if (last < s.length) target.append(document.createTextNode(s.slice(last)));
  }

  function words(s) {
    return new Set(String(s || '').toLowerCase().match(/[a-z0-9]+/g) || []);
  }

  /** The citation of n that best matches the claim a chip ends. */
  function citationFor(answer, n, claimText) {
    const mine = (answer.citations || []).filter((c) => c.n === n);
    if (mine.length <= 1) return mine[0] || null;
    const claimWords = words(claimText);
    let best = mine[0];
    let bestScore = -1;
    for (const c of mine) {
      const quoteWords = words(c.quote);
      let shared = 0;
      for (const w of quoteWords) if (claimWords.has(w)) shared += 1;
      const score = shared / Math.max(1, quoteWords.size);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  function chip(answer, n, claimText, claimEl) {
    const source = (answer.sources || []).find((s) => s.n === n);
    const citation = citationFor(answer, n, claimText);
    const b = el('button', 'chip', String(n));
    b.type = 'button';
    b.dataset.n = String(n);
    b.setAttribute('aria-label', `Source ${n}: ${sourceTitle(source || citation)}`);
    b.title = sourceTitle(source || citation);
    b.addEventListener('click', () => {
      for (const other of document.querySelectorAll('.chip.active')) other.classList.remove('active');
      b.classList.add('active');
      openCard(answer, n, citation);
    });
    const light = (on) => claimEl.classList.toggle('lit', on);
    b.addEventListener('mouseenter', () => light(true));
    b.addEventListener('mouseleave', () => light(false));
    b.addEventListener('focus', () => light(true));
    b.addEventListener('blur', () => light(false));
    return b;
  }

  /**
   * The answer's outcome as the server states it: {status: 'answered'|'abstained', answered_by,
   * closest: [n...], fallbacks: [{step, failed_model, reason, instead}]}; null while pending.
   * The page reads this, never the wording of the answer or its warnings.
   */
  function outcomeOf(answer) {
    const o = answer && answer.outcome;
    if (!o || typeof o.status !== 'string') return null;
    return {
      status: o.status,
      answeredBy: typeof o.answered_by === 'string' ? o.answered_by : '',
      closest: Array.isArray(o.closest) ? o.closest : [],
      fallbacks: Array.isArray(o.fallbacks) ? o.fallbacks : [],
    };
  }

  function abstainedFrom(answer) {
    const o = outcomeOf(answer);
    return o !== null && o.status === 'abstained';
  }

  /** The closest papers of an abstention, best first, as the outcome numbers them. */
  function closestPapers(answer) {
    const o = outcomeOf(answer);
    const sources = Array.isArray(answer.sources) ? answer.sources : [];
    if (!o) return [];
    return o.closest.map((n) => sources.find((s) => s.n === n)).filter(Boolean);
  }

  function abstentionView(answer) {
    const box = el('div', 'abstention');
    const head = el('div', 'abstention-head');
    const icon = el('span', 'abstention-icon', '∅');
    icon.setAttribute('aria-hidden', 'true');
    head.append(icon, el('span', null, 'The collection does not answer this'));
    box.append(head);
    // the answer text of an abstention only lists these papers in words; the list below is drawn from the outcome
    const sources = closestPapers(answer);
    if (sources.length) {
      box.append(el('p', 'abstention-note', 'None of these papers states an answer. They are the closest ones, shown for reference, not as support:'));
      const list = el('ul', 'closest');
      for (const s of sources) {
        const item = el('li');
        const open = el('button', 'closest-open', sourceTitle(s));
        open.type = 'button';
        open.addEventListener('click', () => openCard(answer, s.n, null));
        item.append(open);
        if (s.year) item.append(el('span', 'closest-year', String(s.year)));
        list.append(item);
      }
      box.append(list);
    }
    return box;
  }

  function warningsView(warnings) {
    if (!Array.isArray(warnings) || warnings.length === 0) return null;
    const box = el('details', 'warnings');
    box.append(el('summary', null, warnings.length === 1 ? '1 note from the citation check' : `${warnings.length} notes from the citation check`));
    const list = el('ul');
    for (const w of warnings) list.append(el('li', null, String(w)));
    box.append(list);
    return box;
  }

  function metaView(answer) {
    const parts = [];
    if (answer.model) parts.push(String(answer.model));
    const total = formatMs(answer.timings_ms && answer.timings_ms.total);
    if (total) parts.push(total);
    if (!abstainedFrom(answer)) {
      const cited = new Set((answer.citations || []).map((c) => c.n)).size;
      parts.push(cited === 1 ? '1 paper cited' : `${cited} papers cited`);
    }
    return el('div', 'answer-meta', parts.join(' · '));
  }

  // ---------------------------------------------------------------- sources panel

  let sourcesAnswer = null;

  function renderSources(answer) {
    sourcesAnswer = answer;
    els.sourcesList.replaceChildren();
    const sources = answer && Array.isArray(answer.sources) ? answer.sources : [];
    els.sourcesEmpty.hidden = sources.length > 0;
    if (!answer) {
      els.sourcesTitle.textContent = 'Sources';
      els.sourcesSub.textContent = '';
      els.sources.classList.remove('abstained');
      return;
    }
    const cited = new Set((answer.citations || []).map((c) => c.n));
    const abstained = abstainedFrom(answer);
    els.sources.classList.toggle('abstained', abstained);
    if (abstained) {
      els.sourcesTitle.textContent = 'Closest papers';
      els.sourcesSub.textContent = 'not cited: none answers the question';
    } else if (answer.pending) {
      els.sourcesTitle.textContent = 'Sources';
      els.sourcesSub.textContent = 'retrieved, being read';
    } else {
      els.sourcesTitle.textContent = 'Sources';
      els.sourcesSub.textContent = `${cited.size} of ${sources.length} cited`;
    }
    for (const s of sources) {
      const item = el('li', 'source');
      item.dataset.n = String(s.n);
      if (cited.has(s.n)) item.classList.add('cited');
      const open = el('button', 'source-open');
      open.type = 'button';
      const number = el('span', 'source-n', abstained ? '·' : String(s.n));
      number.setAttribute('aria-hidden', 'true');
      const bodyEl = el('span', 'source-body');
      bodyEl.append(el('span', 'source-title', sourceTitle(s)));
      const meta = [];
      if (s.year) meta.push(String(s.year));
      if (s.arxiv_id) meta.push(`arXiv:${s.arxiv_id}`);
      const v = versionLabel(s.version, s.versions);
      if (v) meta.push(v);
      if (!answer.pending && !abstained) meta.push(cited.has(s.n) ? 'cited' : 'not cited');
      const metaEl = el('span', 'source-meta');
      meta.forEach((part, i) => metaEl.append(i > 0 ? ' · ' : '', el('span', 'nowrap', part)));
      bodyEl.append(metaEl);
      open.append(number, bodyEl);
      open.addEventListener('click', () => {
        if (sourcesAnswer && !sourcesAnswer.pending) openCard(sourcesAnswer, s.n, null);
        else openCard(answer, s.n, null);
      });
      item.append(open);
      const url = safeUrl(s.url);
      if (url) {
        const a = link(url, '↗', 'source-link');
        a.title = 'Open the paper in a new tab';
        a.setAttribute('aria-label', `Open ${sourceTitle(s)} in a new tab`);
        item.append(a);
      }
      els.sourcesList.append(item);
    }
    markActiveSource(null);
  }

  function markActiveSource(n) {
    for (const item of els.sourcesList.children) {
      item.classList.toggle('active', n !== null && item.dataset.n === String(n) && sourcesAnswer !== null);
    }
  }

  // ---------------------------------------------------------------- paper card

  function paper(id) {
    if (!state.papers.has(id)) {
      const p = api(`/api/v1/papers/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } }).then((r) => r.json());
      p.catch(() => state.papers.delete(id));
      state.papers.set(id, p);
    }
    return state.papers.get(id);
  }

  /** The character ranges of each quote in text: exact first, then allowing any run of whitespace. */
  function findRange(text, quote) {
    if (!quote) return null;
    const i = text.indexOf(quote);
    if (i >= 0) return [i, i + quote.length];
    const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    if (!pattern) return null;
    const m = new RegExp(pattern).exec(text);
    return m ? [m.index, m.index + m[0].length] : null;
  }

  /** Fills target with text nodes and <mark>s around the quotes (never HTML). */
  function highlight(target, text, marks) {
    const ranges = [];
    for (const { quote, className } of marks) {
      const r = findRange(text, quote);
      if (r) ranges.push({ start: r[0], end: r[1], className });
    }
    ranges.sort((a, b) => a.start - b.start);
    target.replaceChildren();
    let pos = 0;
    for (const r of ranges) {
      if (r.start < pos) continue; // overlaps an earlier mark
      if (r.start > pos) target.append(document.createTextNode(text.slice(pos, r.start)));
      target.append(el('mark', r.className, text.slice(r.start, r.end)));
      pos = r.end;
    }
    if (pos < text.length) target.append(document.createTextNode(text.slice(pos)));
  }

  async function openCard(answer, n, citation) {
    const request = ++state.cardRequest;
    const sources = Array.isArray(answer.sources) ? answer.sources : [];
    const source = sources.find((s) => s.n === n) || null;
    const quotes = (answer.citations || []).filter((c) => c.n === n);
    const current = citation || quotes[0] || null;
    const paperId = (current && current.paper_id) || (source && source.paper_id);
    const version = (current && current.version) || (source && source.version) || 1;
    const versions = (source && source.versions) || 1;
    const title = (source && sourceTitle(source)) || (current && current.title) || paperId || 'Paper';

    els.card.hidden = false;
    els.scrim.hidden = false;
    els.card.classList.toggle('uncited', !current);
    document.body.classList.add('card-open');
    els.cardBadge.textContent = abstainedFrom(answer) ? 'Closest paper, not cited' : current ? `Source [${n}]` : `Source ${n}, not cited`;
    els.cardTitle.textContent = title;

    els.cardMeta.replaceChildren();
    const metaParts = [];
    if (source && source.year) metaParts.push(el('span', 'card-year', String(source.year)));
    const url = safeUrl(source && source.url);
    const arxiv = (source && source.arxiv_id) || (current && current.arxiv_id);
    if (url) metaParts.push(link(url, arxiv ? `arXiv:${arxiv}` : 'Open paper', 'card-link'));
    else if (arxiv) metaParts.push(el('span', 'card-arxiv', `arXiv:${arxiv}`));
    const vLabel = versionLabel(version, versions);
    if (vLabel) metaParts.push(el('span', 'card-version', vLabel));
    metaParts.forEach((part, i) => {
      if (i > 0) els.cardMeta.append(el('span', 'sep', '·'));
      els.cardMeta.append(part);
    });

    // the other quoted sentences of this paper (several citations may share n)
    const others = [];
    const seen = new Set(current ? [current.quote] : []);
    for (const c of quotes) {
      if (!seen.has(c.quote)) {
        seen.add(c.quote);
        others.push(c);
      }
    }
    els.cardOthersList.replaceChildren();
    for (const c of others) {
      const item = el('li', null, el('q', null, String(c.quote)));
      if (c.version && c.version !== version) item.append(' ', el('span', 'other-version', `(version ${c.version})`));
      els.cardOthersList.append(item);
    }
    els.cardOthers.hidden = others.length === 0;

    let text = source && source.version === version ? source.text : null;
    if (typeof text !== 'string' && paperId) {
      els.cardAbstract.replaceChildren(el('span', 'loading', `Loading version ${version}…`));
      try {
        const p = await paper(paperId);
        const v = (p.versions || []).find((x) => x.number === version);
        text = v ? v.text : null;
      } catch (e) {
        text = null;
      }
      if (request !== state.cardRequest) return;
    }
    if (typeof text !== 'string') text = (source && source.text) || '';
    const marks = [];
    if (current) marks.push({ quote: current.quote, className: 'current' });
    for (const c of others) if ((c.version || version) === version) marks.push({ quote: c.quote, className: 'also' });
    highlight(els.cardAbstract, text, marks);

    markActiveSource(sourcesAnswer === answer ? n : null);
    // the quote in view inside the card; the card's header (title, links) stays put
    const mark = els.cardAbstract.querySelector('mark.current');
    els.cardBody.scrollTop = mark ? Math.max(0, mark.offsetTop - els.cardBody.clientHeight / 3) : 0;
  }

  function closeCard() {
    els.card.hidden = true;
    els.scrim.hidden = true;
    document.body.classList.remove('card-open');
    for (const c of document.querySelectorAll('.chip.active')) c.classList.remove('active');
    markActiveSource(null);
  }

  els.cardClose.addEventListener('click', () => {
    closeCard();
    els.question.focus();
  });
  els.scrim.addEventListener('click', closeCard);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !els.card.hidden) closeCard();
  });

  // ---------------------------------------------------------------- history hooks (history.js draws the sidebar)

  /** Shows a stored conversation (GET /api/v1/conversations/{id}): every turn, its checked answer and working chips. */
  function showConversation(conversation) {
    els.newChat.click();
    state.conversationId = conversation.id;
    els.welcome.hidden = true;
    for (const turn of conversation.turns || []) {
      const userMessage = el('div', 'message user');
      userMessage.append(el('div', 'bubble', String(turn.question)));
      const view = answerView();
      els.conversation.append(userMessage, view.root);
      view.done(turn.answer || {});
    }
    scrollToBottom(true);
  }

  window.CitedChat = {
    api,
    showConversation,
    conversationId: () => state.conversationId,
    newConversation: () => els.newChat.click(),
  };

  // ---------------------------------------------------------------- start

  loadModels();
  loadCollectionInfo();
  autoGrow();
  els.question.focus();
})();
