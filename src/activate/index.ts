export { isRequirementMet, type GrantCheck } from './consent-requirement.js';
export { runGrantedScripts } from './gated-scripts.js';
export { applyAuthorizedAreas } from './authorized-areas.js';
