import { useTranslation } from 'react-i18next';
import { AppShell } from './AppShell';
import { BootFrame } from './BootFrame';
import {
  CareQuestionsScreen,
  CheckInScreen,
  GroupScreen,
  HomeScreen,
  InsightsScreen,
  ModelSetupScreen,
  OnboardingScreen,
  RealSupportScreen,
  SafetyPlanScreen,
  ScreenLoading,
  SettingsScreen,
} from './screens';
import { HeaderPlaces } from './HeaderPlaces';
import { useNavigation, type Screen } from '../services/navigation';
import { useAppliedSettings } from '../services/theme';
import { Button } from '../ui/Button';
import { CrisisBanner } from '../features/crisis/CrisisBanner';
import { GetHelpButton } from '../features/crisis/GetHelpButton';
import { IncognitoHost } from './IncognitoHost';
import { LockGate } from '../features/privacy/LockGate';
import { QuickExitButton } from '../features/privacy/QuickExitButton';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';

/** The first screen's way forward. */
function WelcomeActions() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <Button variant="primary" onClick={() => go({ name: 'onboarding' })}>
      {t('welcomeActions.start')}
    </Button>
  );
}

/** The screen for the current navigation state. */
function CurrentScreen({ screen }: { readonly screen: Screen }) {
  switch (screen.name) {
    case 'welcome':
      return <WelcomeScreen actions={<WelcomeActions />} />;
    case 'onboarding':
      return <OnboardingScreen />;
    case 'home':
      return <HomeScreen />;
    case 'group':
      return <GroupScreen key={screen.groupId} groupId={screen.groupId} />;
    case 'check-in':
      return <CheckInScreen groupId={screen.groupId} />;
    case 'model':
      return <ModelSetupScreen />;
    case 'insights':
      return <InsightsScreen />;
    case 'real-support':
      return <RealSupportScreen />;
    case 'care-questions':
      return <CareQuestionsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'safety-plan':
      return <SafetyPlanScreen />;
    default:
      return <HomeScreen />;
  }
}

/** The application: the shell (its Get help now button carries the crisis panel), the crisis banner, and the current screen. */
export function App() {
  const screen = useNavigation((s) => s.screen);
  // Theme, text size, motion and language follow the saved settings on every screen, welcome included.
  useAppliedSettings();
  return (
    <LockGate openingFrame={(note) => <BootFrame note={note} />}>
      <AppShell
        helpButton={
          <>
            <QuickExitButton />
            <GetHelpButton />
          </>
        }
        nav={<HeaderPlaces />}
      >
        <CrisisBanner />
        <IncognitoHost>
          <ScreenLoading>
            <CurrentScreen screen={screen} />
          </ScreenLoading>
        </IncognitoHost>
      </AppShell>
    </LockGate>
  );
}
