/**
 * `cap-consent/core`: DOM-free logic, safe to import in Node (server-side
 * rendering reads the consent cookie from the request's `Cookie` header).
 */
export * from './categories.js';
export * from './consent-record.js';
export * from './consent-cookie-value.js';
export * from './cookie-header.js';
export * from './registrable-domain.js';
export * from './policy-version.js';
export * from './stored-consent.js';
export * from './consent-change.js';
export * from './options.js';
export { readConsentFromCookieHeader } from './server.js';
export * from './vendors.js';
export * from './consent-config.js';
export * from './consent-config-schema.js';
export * from './service-facts.js';
export * from './disclosure.js';
