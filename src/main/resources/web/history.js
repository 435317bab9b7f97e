// Cited web chat: the conversation history sidebar (search, open, rename, export, delete).
// Talks to /api/v1/conversations through app.js's CitedChat hooks; every title and snippet from
// the server is inserted as text, never as HTML.
'use strict';

(() => {
  const chat = window.CitedChat;
  if (!chat) return;
  const $ = (id) => document.getElementById(id);
  const panel = $('history');
  const toggle = $('history-toggle');
  const close = $('history-close');
  const search = $('history-search');
  const list = $('history-list');
  const empty = $('history-empty');
  let searchTimer = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label, className, onClick) {
    const b = el('button', className, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function when(iso) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }

  async function refresh() {
    const q = search.value.trim();
    try {
      const res = await chat.api('/api/v1/conversations?limit=50' + (q ? `&q=${encodeURIComponent(q)}` : ''));
      render((await res.json()).conversations || []);
    } catch (e) {
      list.replaceChildren();
      empty.textContent = e && e.message ? e.message : 'The history could not be loaded.';
      empty.hidden = false;
    }
  }

  function render(conversations) {
    list.replaceChildren();
    empty.textContent = search.value.trim() ? 'No conversation matches.' : 'No conversations yet.';
    empty.hidden = conversations.length > 0;
    for (const c of conversations) {
      const item = el('li', 'history-item');
      item.dataset.id = c.id;
      if (c.id === chat.conversationId()) item.classList.add('current');
      const open = button(c.title, 'history-open', () => openConversation(c.id));
      open.title = c.title;
      const meta = el('span', 'history-meta', `${c.turn_count} turn${c.turn_count === 1 ? '' : 's'} · ${when(c.updated)}`);
      const actions = el('div', 'history-actions');
      actions.append(
        button('Rename', 'history-rename ghost', () => rename(c)),
        button('Export', 'history-export ghost', () => exportMarkdown(c)),
        button('Delete', 'history-delete ghost', () => remove(c)),
      );
      item.append(open, meta, actions);
      list.append(item);
    }
  }

  async function openConversation(id) {
    try {
      const res = await chat.api(`/api/v1/conversations/${encodeURIComponent(id)}`);
      const stored = await res.json();
      chat.showConversation(stored);
      if (window.CitedFeedback) window.CitedFeedback.restore(stored);
      hide();
    } catch (e) {
      empty.textContent = e && e.message ? e.message : 'The conversation could not be opened.';
      empty.hidden = false;
    }
  }

  async function rename(c) {
    const title = window.prompt('New title', c.title);
    if (title === null || !title.trim()) return;
    await chat.api(`/api/v1/conversations/${encodeURIComponent(c.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: title.trim().slice(0, 200) }),
    });
    refresh();
  }

  async function remove(c) {
    if (!window.confirm(`Delete "${c.title}" and all its turns?`)) return;
    await chat.api(`/api/v1/conversations/${encodeURIComponent(c.id)}`, { method: 'DELETE' });
    if (c.id === chat.conversationId()) chat.newConversation();
    refresh();
  }

  async function exportMarkdown(c) {
    const res = await chat.api(`/api/v1/conversations/${encodeURIComponent(c.id)}/export?format=markdown`);
    const url = URL.createObjectURL(new Blob([await res.text()], { type: 'text/markdown' }));
    const a = el('a');
    a.href = url;
    a.download = `${c.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'conversation'}.md`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function show() {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    refresh();
    search.focus();
  }

  function hide() {
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  }

  toggle.addEventListener('click', () => (panel.hidden ? show() : hide()));
  close.addEventListener('click', hide);
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(refresh, 250);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) hide();
  });
})();
