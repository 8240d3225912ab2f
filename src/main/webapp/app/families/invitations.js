// A second guardian: the first creates an invitation code for a child and passes it on, the second types it.
import { t } from '../i18n.js';
import { h, field, select, act, dateTime } from '../ui.js';
import { acceptInvitation, invite } from './api.js';

/** The second guardian types the code the first one passed on. */
export function acceptForm() {
  const code = h('input', { name: 'invitationCode', id: 'invitation-code-input', required: true, maxlength: 36,
    autocomplete: 'off', spellcheck: 'false' });
  const relation = select('relation', ['FATHER', 'MOTHER', 'GRANDPARENT', 'OTHER_GUARDIAN']
    .map((r) => [r, t(`relation.${r}`)]), 'FATHER');
  const submit = h('button', { type: 'submit' }, t('accept.go'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'accept-invitation',
    onsubmit: (e) => {
      e.preventDefault();
      const typed = code.value.trim().toLowerCase();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(typed)) {
        status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('accept.badCode')));
        return;
      }
      act(submit, status, async () => {
        const child = await acceptInvitation(typed, relation.value);
        sessionStorage.setItem('flash', t('accept.done', { name: child.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('accept.title')), h('p', { class: 'muted' }, t('accept.text')), field(t('accept.code'), code),
  field(t('child.relation'), relation), submit, status);
  return h('section', { class: 'card' }, form);
}

/** An invitation code for the other guardian, shown to be passed on. */
export function inviteSection(kid) {
  const create = h('button', { type: 'button', id: 'create-invitation' }, t('invite.create'));
  const status = h('div', { class: 'status' });
  const shown = h('div', { id: 'invitation' });
  create.addEventListener('click', () => act(create, status, async () => {
    const invitation = await invite(kid.id);
    shown.replaceChildren(field(t('invite.code'), h('input', { id: 'invitation-code', readonly: true,
      value: invitation.code })), h('p', { class: 'muted' }, t('invite.expires', { at: dateTime(invitation.expiresAt) })));
    return t('invite.created');
  }));
  return h('section', { class: 'card', id: 'invite' }, h('h2', {}, t('invite.title')), h('p', {}, t('invite.text')),
    create, shown, status);
}
