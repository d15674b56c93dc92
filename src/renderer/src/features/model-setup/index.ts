// What other features use of model setup: the runtime's state, its glance for notices, and the host setting.
export { HostSetting } from './HostSetting';
export { useModelGlance, type ModelGlance } from './useModelGlance';
export { setupPhase, useModelRuntime, type SetupPhase } from './useModelRuntime';
