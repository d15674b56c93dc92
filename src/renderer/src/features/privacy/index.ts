// What other features use of privacy: the settings section and the incognito launcher.
export { IncognitoLauncher } from './IncognitoLauncher';
export { PrivacySettings } from './PrivacySettings';
