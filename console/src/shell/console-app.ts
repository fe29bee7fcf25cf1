import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, state, query } from 'lit/decorators.js';
import { ConsentService, type Session } from '../api/consent-service.js';
import { storedLang, storeLang, textsFor, type ConsoleLang } from '../i18n/index.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { LOADING, renderLoad, track, type LoadState } from '../shared/load-state.js';
import { homeSection, mayOpen, parseRoute, pathOf, sectionOf, SECTIONS, type Route, type Section } from './routes.js';
import './sign-in-form.js';
import '../pixels/sites-page.js';
import '../pixels/pixels-page.js';
import '../pixels/history-page.js';
import '../consents/consent-log-page.js';
import '../reports/reports-page.js';

const SECTION_HOME: Record<Section, Route> = {
  pixels: { page: 'sites' },
  consents: { page: 'consents', consentId: null },
  reports: { page: 'reports', query: new URLSearchParams() },
};

declare global {
  interface HTMLElementTagNameMap {
    'cap-console-app': ConsoleApp;
  }
}

/**
 * The console's shell: the session, the address of every page, the sections a
 * role may open, the language. A session that ends mid-work asks for the
 * password over the page, which stays in place with whatever was typed.
 */
@customElement('cap-console-app')
export class ConsoleApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .skip {
        position: absolute;
        inset-inline-start: -100vw;
      }
      .skip:focus {
        inset-inline-start: 1rem;
        inset-block-start: 0.5rem;
        background: #fff;
        padding: 0.5rem;
        z-index: 1;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.5rem;
        padding: 0.75rem 1.5rem;
        background: #fff;
        border-block-end: 1px solid var(--console-border, #8a96a8);
      }
      .brand {
        font-weight: 700;
        font-size: 1.15rem;
      }
      nav ul {
        display: flex;
        gap: 1rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        padding: 0.4rem 0.2rem;
        display: inline-block;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 3px;
      }
      .account {
        margin-inline-start: auto;
        display: flex;
        gap: 0.75rem;
        align-items: center;
      }
      main {
        padding: 1.5rem;
        max-inline-size: 90rem;
        margin: 0 auto;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  private readonly service = new ConsentService();
  @state() private language: ConsoleLang = storedLang();
  @state() private session: LoadState<Session | null> = LOADING;
  @state() private route: Route = parseRoute(location.pathname, location.search);
  @state() private expired = false;
  @query('main') private main!: HTMLElement;

  private get texts() {
    return textsFor(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.language;
    this.service.client.onSessionExpired(() => {
      if (this.session.status === 'ready' && this.session.value) this.expired = true;
    });
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('click', this.onClick);
    this.addEventListener('console-navigate', this.onNavigate as EventListener);
    this.loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private loadSession(): void {
    void track(
      () => this.service.currentSession(),
      this.texts,
      (loaded) => (this.session = loaded),
    );
  }

  private readonly onPopState = (): void => {
    this.route = parseRoute(location.pathname, location.search);
  };

  /** Links inside the console change the page without reloading it. */
  private readonly onClick = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.hasAttribute('download') || link.target) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || parseRoute(url.pathname, url.search).page === 'not-found') return;
    event.preventDefault();
    this.go(url.pathname + url.search);
  };

  private readonly onNavigate = (event: CustomEvent<{ path: string }>): void => this.go(event.detail.path);

  private go(path: string): void {
    history.pushState(null, '', path);
    this.route = parseRoute(location.pathname, location.search);
    void this.updateComplete.then(() => this.main?.focus());
  }

  private signedIn(session: Session): void {
    this.session = { status: 'ready', value: session };
    this.expired = false;
  }

  /** Signed in, "home" and the sign-in address lead to the first section the role may open. */
  protected override willUpdate(): void {
    const session = this.session.status === 'ready' ? this.session.value : null;
    if (!session || (this.route.page !== 'home' && this.route.page !== 'sign-in')) return;
    history.replaceState(null, '', pathOf(SECTION_HOME[homeSection(session.role)]));
    this.route = parseRoute(location.pathname, location.search);
  }

  private async signOut(): Promise<void> {
    await this.service.signOut().catch(() => undefined);
    this.session = { status: 'ready', value: null };
    this.go(pathOf({ page: 'sign-in' }));
  }

  private switchLang(): void {
    this.language = this.language === 'ru' ? 'en' : 'ru';
    storeLang(this.language);
    document.documentElement.lang = this.language;
  }

  protected override updated(): void {
    document.title = `${this.pageTitle()} — ${this.texts.appTitle}`;
  }

  private pageTitle(): string {
    const t = this.texts;
    const session = this.session.status === 'ready' ? this.session.value : null;
    if (!session || this.expired) return t.signIn.title;
    const section = sectionOf(this.route);
    if (this.route.page === 'not-found') return t.notFound.title;
    if (section && !mayOpen(session.role, section)) return t.refusal.title;
    return section ? t.nav[section] : t.appTitle;
  }

  override render(): TemplateResult {
    const session = this.session.status === 'ready' ? this.session.value : null;
    return html`<a class="skip" href="#content" @click=${this.skipToContent}>${this.texts.skipToContent}</a>
      ${this.renderHeader(session)}
      <main id="content" tabindex="-1">
        ${renderLoad(
          this.session,
          this.texts,
          () => this.loadSession(),
          (current) =>
            current
              ? html`${this.expired ? this.renderSignIn(true) : nothing}
                  <div ?hidden=${this.expired}>${this.renderPage(current)}</div>`
              : this.renderSignIn(false),
        )}
      </main>`;
  }

  private readonly skipToContent = (event: Event): void => {
    event.preventDefault();
    this.main.focus();
  };

  private renderSignIn(expired: boolean): TemplateResult {
    return html`<cap-sign-in-form
      .service=${this.service}
      .texts=${this.texts}
      ?expired=${expired}
      @signed-in=${(event: CustomEvent<Session>) => this.signedIn(event.detail)}
    ></cap-sign-in-form>`;
  }

  private renderHeader(session: Session | null): TemplateResult {
    const t = this.texts;
    const current = sectionOf(this.route);
    const other = this.language === 'ru' ? 'en' : 'ru';
    return html`<header>
      <span class="brand">${t.appTitle}</span>
      ${
        session && !this.expired
          ? html`<nav aria-label=${t.nav.label}>
              <ul>
                ${SECTIONS.filter((section) => mayOpen(session.role, section)).map(
                  (section) =>
                    html`<li>
                      <a href=${pathOf(SECTION_HOME[section])} aria-current=${current === section ? 'page' : nothing}
                        >${t.nav[section]}</a
                      >
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      <div class="account">
        ${
          session && !this.expired
            ? html`<span>${t.signedInAs(session.login, t.roles[session.role])}</span>
                <button type="button" class="secondary" @click=${this.signOut}>${t.signOut}</button>`
            : nothing
        }
        <button
          type="button"
          class="secondary"
          lang=${other}
          aria-label=${t.otherLanguageName}
          @click=${this.switchLang}
        >
          ${t.languageSwitch}
        </button>
      </div>
    </header>`;
  }

  private renderPage(session: Session): TemplateResult {
    const t = this.texts;
    const route = this.route;
    if (route.page === 'home' || route.page === 'sign-in') return html``;
    if (route.page === 'not-found') {
      return html`<h1>${t.notFound.title}</h1>
        <p>${t.notFound.text}</p>
        <p><a href=${pathOf({ page: 'home' })}>${t.refusal.back}</a></p>`;
    }
    const section = sectionOf(route);
    if (section && !mayOpen(session.role, section)) {
      return html`<h1>${t.refusal.title}</h1>
        <p role="alert">${t.refusal.text(t.nav[section], t.roles[session.role])}</p>
        <p><a href=${pathOf({ page: 'home' })}>${t.refusal.back}</a></p>`;
    }
    switch (route.page) {
      case 'sites':
        return html`<cap-sites-page .service=${this.service} .texts=${t}></cap-sites-page>`;
      case 'pixels':
        return html`<cap-pixels-page
          .service=${this.service}
          .texts=${t}
          site=${route.site}
          lang=${this.language}
        ></cap-pixels-page>`;
      case 'history':
        return html`<cap-history-page
          .service=${this.service}
          .texts=${t}
          site=${route.site}
          lang=${this.language}
        ></cap-history-page>`;
      case 'consents':
        return html`<cap-consent-log-page
          .service=${this.service}
          .texts=${t}
          .consentId=${route.consentId}
          lang=${this.language}
        ></cap-consent-log-page>`;
      case 'reports':
        return html`<cap-reports-page
          .service=${this.service}
          .texts=${t}
          .query=${route.query}
          lang=${this.language}
        ></cap-reports-page>`;
    }
  }
}
