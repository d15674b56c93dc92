export * from './api';
export * from './contract';
export * from './createHearthApi';
export * from './define';
export * from './result';
export * from './streamProtocol';
export * from './channels/app';
export * from './channels/shell';
