// Cited web chat: thumbs up / thumbs down (drawn as "▲ Good" / "▼ Bad", which every font has)
// and an optional comment under every answer, posted to
// POST /api/v1/conversations/{id}/turns/{n}/feedback. Built with createElement/textContent only.
//
// An answer's turn number is its position among the conversation's finished answers (done or
// abstained): the server stores exactly those turns, in that order. A failed or stopped answer
// stores nothing and gets no buttons.
'use strict';

(() => {
  const chat = window.CitedChat;
  if (!chat) return;
  const conversation = document.getElementById('conversation');
  const ANSWERED = '.message.answer:is([data-state="done"],[data-state="abstained"])';

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Shows {rating, comment} (or null) as the bar's recorded state. */
  function showRecorded(bar, feedback) {
    const rating = feedback && feedback.rating;
    for (const b of bar.querySelectorAll('.feedback-rate')) {
      const pressed = b.dataset.rating === rating;
      b.setAttribute('aria-pressed', String(pressed));
      b.classList.toggle('pressed', pressed);
    }
    if (feedback && typeof feedback.comment === 'string') bar.querySelector('.feedback-comment').value = feedback.comment;
    bar.dataset.rating = rating || '';
  }

  function feedbackBar(n) {
    const bar = el('div', 'feedback');
    bar.dataset.turn = String(n);
    const up = el('button', 'feedback-rate ghost', '▲ Good');
    up.dataset.rating = 'up';
    up.title = 'Good answer';
    up.setAttribute('aria-label', 'Good answer');
    const down = el('button', 'feedback-rate ghost', '▼ Bad');
    down.dataset.rating = 'down';
    down.title = 'Bad answer';
    down.setAttribute('aria-label', 'Bad answer');
    const comment = el('input', 'feedback-comment');
    comment.type = 'text';
    comment.maxLength = 2000;
    comment.placeholder = 'Optional comment, sent with the thumb';
    comment.setAttribute('aria-label', 'Feedback comment');
    const status = el('span', 'feedback-status');
    status.setAttribute('role', 'status');
    for (const b of [up, down]) {
      b.type = 'button';
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => send(bar, b.dataset.rating));
    }
    bar.append(up, down, comment, status);
    return bar;
  }

  async function send(bar, rating) {
    const id = chat.conversationId();
    const status = bar.querySelector('.feedback-status');
    if (!id) {
      status.textContent = 'This answer is not part of a stored conversation.';
      return;
    }
    const body = { rating };
    const comment = bar.querySelector('.feedback-comment').value.trim();
    if (comment) body.comment = comment;
    status.textContent = 'Sending…';
    try {
      const res = await chat.api(
        `/api/v1/conversations/${encodeURIComponent(id)}/turns/${bar.dataset.turn}/feedback`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      );
      showRecorded(bar, await res.json());
      status.textContent = 'Thank you, recorded.';
    } catch (e) {
      status.textContent = e && e.message ? e.message : 'The feedback could not be sent.';
    }
  }

  /** Gives every finished answer without one a feedback bar; returns the bars by turn number. */
  function attachAll() {
    const bars = new Map();
    let n = 0;
    for (const answer of conversation.querySelectorAll(ANSWERED)) {
      n += 1;
      let bar = answer.querySelector(':scope > .feedback');
      if (!bar) {
        bar = feedbackBar(n);
        answer.append(bar);
      }
      bars.set(n, bar);
    }
    return bars;
  }

  /** Marks the recorded feedback of a stored conversation (GET /api/v1/conversations/{id}) on its answers. */
  function restore(stored) {
    const bars = attachAll();
    for (const turn of (stored && stored.turns) || []) {
      const bar = bars.get(turn.n);
      if (bar && turn.feedback) showRecorded(bar, turn.feedback);
    }
  }

  new MutationObserver(() => attachAll()).observe(conversation, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });

  window.CitedFeedback = { restore };
})();
