import { ApiHttpClient, type ApiOptions } from './apiHttpClient';
import { UpstreamError } from './upstreamErrors';
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

export type PeopleQuery = {
  query?: string;
  unitId?: string;
  /** Has this role (roles only: who may review proposals is asked this way). */
  role?: string;
  /** Has this role or a title that names it: the people a role question is about. */
  roleOrTitle?: string;
  aadObjectId?: string;
};

// Synthetic test users are identities (who is signed in, which manager flows they may try), never
// contacts. people() and person() are the contact views and leave them out, whatever the server
// sends, so no answer, suggestion, list or message extension can offer one; identities() and
// identity() are the explicit way to see them (sign-in, dev-mode pickers, who is responsible).
const contactsOnly = (people: Person[]): Person[] => people.filter((p) => !p.synthetic);

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

  /** People who may be offered as contacts: never a synthetic test user. */
  async people(query: PeopleQuery = {}): Promise<Person[]> {
    return contactsOnly(await this.identities(query));
  }

  /** A person who may be offered as a contact; a synthetic test user reads as unknown. */
  async person(id: string): Promise<Person | undefined> {
    const person = await this.identity(id);
    return person?.synthetic ? undefined : person;
  }

  /** Everyone the directory has, test users included: for identity and role checks only. */
  async identities(query: PeopleQuery = {}): Promise<Person[]> {
    return (await this.http.getRequired('/v1/people', PersonListSchema, query)).items;
  }

  /**
   * Every person who may be offered as a contact (of a filter: a listing, not a search), a page
   * at a time (for the lexicon, and long role lists read only as far as shown): each page is
   * read and validated on its own, so a directory of half a million people never holds the event
   * loop for the whole list. A server that does not page answers everyone in the first page.
   */
  async *peoplePages(
    pageSize: number,
    query: Omit<PeopleQuery, 'query'> = {},
  ): AsyncGenerator<Person[]> {
    for await (const page of this.identityPages(pageSize, query)) yield contactsOnly(page);
  }

  /** Everyone (of a filter), test users included, a page at a time. */
  async *identityPages(
    pageSize: number,
    query: Omit<PeopleQuery, 'query'> = {},
  ): AsyncGenerator<Person[]> {
    let cursor: string | undefined;
    const seen = new Set<string>();
    do {
      const page = await this.http.getRequired('/v1/people', PersonListSchema, {
        ...query,
        pageSize,
        ...(cursor ? { cursor } : {}),
      });
      yield page.items;
      cursor = page.next;
      // A server that hands back a cursor it gave before would page for ever.
      if (cursor && seen.has(cursor)) {
        throw new UpstreamError('directory', 'invalidResponse', 'people: a page cursor repeated');
      }
      if (cursor) seen.add(cursor);
    } while (cursor);
  }

  /** One entry, a test user included: for identity checks only. */
  identity(id: string): Promise<Person | undefined> {
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
    return (await this.identities({ aadObjectId }))[0];
  }
}
