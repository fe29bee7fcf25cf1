export { isRequirementMet, type GrantCheck } from './consent-requirement.js';
export { runGrantedScripts } from './gated-scripts.js';
export { loadGrantedMedia } from './gated-media.js';
export { applyAuthorizedAreas } from './authorized-areas.js';
export { watchAddedMarkup } from './added-markup.js';
export { deleteCookies, matchesCookiePattern, type CookiePattern } from './tracking-cookies.js';
export { PageActivation } from './page-activation.js';
export { declaredServices } from './declared-services.js';
export { namesServices } from './named-service.js';
