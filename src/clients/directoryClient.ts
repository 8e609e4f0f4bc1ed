import { ApiHttpClient, type ApiOptions } from './apiHttpClient';
import {
  GroupListSchema,
  GroupSchema,
  PersonListSchema,
  PersonSchema,
  UnitListSchema,
  UnitSchema,
  type Group,
  type Person,
  type Unit,
} from './directorySchemas';

export type PeopleQuery = { query?: string; unitId?: string; role?: string; aadObjectId?: string };

export class DirectoryClient {
  private readonly http: ApiHttpClient;

  constructor(options: Omit<ApiOptions, 'source'>) {
    this.http = new ApiHttpClient({ ...options, source: 'directory' });
  }

  async units(
    query: { query?: string; kind?: string; municipality?: string } = {},
  ): Promise<Unit[]> {
    return (await this.http.getRequired('/v1/units', UnitListSchema, query)).items;
  }

  unit(id: string): Promise<Unit | undefined> {
    return this.http.get(`/v1/units/${encodeURIComponent(id)}`, UnitSchema);
  }

  async people(query: PeopleQuery = {}): Promise<Person[]> {
    return (await this.http.getRequired('/v1/people', PersonListSchema, query)).items;
  }

  person(id: string): Promise<Person | undefined> {
    return this.http.get(`/v1/people/${encodeURIComponent(id)}`, PersonSchema);
  }

  async groups(query: { query?: string } = {}): Promise<Group[]> {
    return (await this.http.getRequired('/v1/groups', GroupListSchema, query)).items;
  }

  group(id: string): Promise<Group | undefined> {
    return this.http.get(`/v1/groups/${encodeURIComponent(id)}`, GroupSchema);
  }

  /** Whether the API answers now: for /readyz. */
  async ping(): Promise<boolean> {
    return this.groups().then(
      () => true,
      () => false,
    );
  }

  /** The directory entry of a Teams user, if any. */
  async personByAadObjectId(aadObjectId: string): Promise<Person | undefined> {
    return (await this.people({ aadObjectId }))[0];
  }
}
