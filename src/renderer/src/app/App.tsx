import { AppShell } from './AppShell';
import { useNavigation, type Screen } from './navigation';
import { ModelSetupScreen } from '../features/model-setup/ModelSetupScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';

/** The screen for the current navigation state. */
function CurrentScreen({ screen }: { readonly screen: Screen }) {
  switch (screen.name) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'model':
      return <ModelSetupScreen />;
    default:
      return <WelcomeScreen />;
  }
}

/** The application: the shell and the current screen. */
export function App() {
  const screen = useNavigation((s) => s.screen);
  return (
    <AppShell helpButton={null}>
      <CurrentScreen screen={screen} />
    </AppShell>
  );
}
