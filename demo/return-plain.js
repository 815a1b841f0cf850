// A return page without <signin-widget>: SignInFlow.handleReturn() (from the classic script, which
// runs first) reads the result of this tab's redirection flow from the address, once, removes it
// from the address bar and calls the matching callback. A reload finds nothing to report.
import { importSession, showFinal } from '/session-import.js';

const status = document.querySelector('#return-status');
const final = document.querySelector('#final');
const show = (type, text) => (detail) => {
  status.textContent = text;
  showFinal(final, type, detail);
};

const result = window.SignInFlow.handleReturn({
  onSuccess(detail) {
    show('signin-success', `Signed in at ${detail.bank.name}.`)(detail);
    void importSession(detail, document.querySelector('#import-status'), document.querySelector('#import-data'));
  },
  onError: (detail) => show('signin-error', `Signing in failed (${detail.code}).`)(detail),
  onCancel: (detail) => show('signin-cancel', 'You cancelled at the bank.')(detail),
});
if (!result) status.textContent = 'Nothing to report: the address carries no result of a flow started in this tab, or it was already reported.';
