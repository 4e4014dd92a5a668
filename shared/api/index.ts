export * from './api-result';
export * from './contract-kit';
export * from './fund-contract';
export * from './app-contract';
export * from './jobs-contract';
export * from './fund-types';
export * from './create-api-client';
export * from './region-contract';
