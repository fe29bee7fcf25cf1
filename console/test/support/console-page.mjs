import { CONSOLE_ORIGIN } from './browser.mjs';
import { passwordOf } from './service-process.mjs';

/** Opens a console address (deep link) and signs in on the form it shows, in Russian. */
export async function openSignedIn(page, path, login) {
  await page.goto(`${CONSOLE_ORIGIN}/console${path}`);
  await signIn(page, login);
}

export async function signIn(page, login) {
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(passwordOf(login));
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Выйти' }).waitFor();
}

/** The `<cap-consent>` element of a site page: wait until its pixels from consent.json were started (or skipped). */
export function pixelsApplied(page) {
  return page.evaluate(async () => {
    const banner = document.querySelector('cap-consent');
    await customElements.whenDefined('cap-consent');
    await banner.configComplete;
    return [...document.scripts].map((script) => script.src).filter(Boolean);
  });
}
