import { ApiHttpClient, type ApiOptions } from './apiHttpClient';
import {
  PatientPageSchema,
  PeriodListSchema,
  RubByUnitSchema,
  RubSummarySchema,
  type PatientPage,
  type PeriodList,
  type RubSummary,
} from './metricsSchemas';

export type PatientQuery = {
  unitId: string;
  level: number;
  withoutFastLakarkontakt?: boolean;
  period?: string;
  offset: number;
  limit: number;
};

export class MetricsClient {
  private readonly http: ApiHttpClient;

  constructor(options: Omit<ApiOptions, 'source'>) {
    this.http = new ApiHttpClient({ ...options, source: 'metrics' });
  }

  periods(): Promise<PeriodList> {
    return this.http.getRequired('/v1/periods', PeriodListSchema);
  }

  /** Whether the API answers now (never from a cache, no retries): for /readyz. */
  async ping(): Promise<boolean> {
    return this.http.getRequired('/v1/periods', PeriodListSchema).then(
      () => true,
      () => false,
    );
  }

  summary(query: { level: number; period: string; unitId?: string }): Promise<RubSummary> {
    return this.http.getRequired('/v1/rub/summary', RubSummarySchema, query);
  }

  async byUnit(query: { level: number; period: string }): Promise<RubSummary[]> {
    return (await this.http.getRequired('/v1/rub/by-unit', RubByUnitSchema, query)).items;
  }

  /** Patient-level rows: callers must go through the access policy and audit log (src/access). */
  patients(query: PatientQuery): Promise<PatientPage> {
    return this.http.getRequired('/v1/patients', PatientPageSchema, query);
  }
}
