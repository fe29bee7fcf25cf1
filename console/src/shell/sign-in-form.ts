import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentService, Session } from '../api/consent-service.js';
import type { ConsoleTexts } from '../i18n/index.js';
import { describeFailure } from '../shared/load-state.js';
import { sharedStyles } from '../shared/shared.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'cap-sign-in-form': SignInForm;
  }
  interface HTMLElementEventMap {
    'signed-in': CustomEvent<Session>;
  }
}

/** Login and password; fires `signed-in` with the account once the service opened a session. */
@customElement('cap-sign-in-form')
export class SignInForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        max-inline-size: 26rem;
      }
    `,
  ];

  @property({ attribute: false }) service!: ConsentService;
  @property({ attribute: false }) texts!: ConsoleTexts;
  @property({ type: Boolean }) expired = false;

  @state() private problem: string | null = null;
  @state() private busy = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const t = this.texts.signIn;
    this.busy = true;
    try {
      const session = await this.service.signIn(String(form.get('login')), String(form.get('password')));
      this.problem = null;
      this.dispatchEvent(new CustomEvent('signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      const { status } = error as { status?: number };
      this.problem =
        status === 401 || status === 403 ? t.failed : status === 429 ? t.tooMany : describeFailure(error, this.texts);
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const t = this.texts.signIn;
    return html`<form class="panel" @submit=${this.submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${t.title}</h1>
      ${this.expired ? html`<p class="status" role="status">${t.expired}</p>` : nothing}
      <div class="field">
        <label for="login">${t.login}</label>
        <input id="login" name="login" autocomplete="username" required />
      </div>
      <div class="field">
        <label for="password">${t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-describedby=${this.problem ? 'sign-in-problem' : nothing}
        />
      </div>
      ${this.problem ? html`<p class="error" id="sign-in-problem" role="alert">${this.problem}</p>` : nothing}
      <button type="submit" ?disabled=${this.busy}>${t.submit}</button>
    </form>`;
  }
}
