// What other features use of crisis help: the button that opens it, the panel's state, and its heart icon.
export { GetHelpButton } from './GetHelpButton';
export { HeartIcon } from './icons';
export { useCrisisPanel } from './useCrisisPanel';
