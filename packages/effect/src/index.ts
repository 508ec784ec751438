export { XApiClient, type XApiClientOptions, type XApiClientService } from './client.ts';
export * from './errors.ts';
export { XApiPacer, type XApiPacerOptions, type XApiPacerService } from './pacer.ts';
export type { XApiResponse } from './response.ts';
export * as XApiSchedule from './schedule.ts';
