import { isLoopbackUrl } from '../../src/bot/activityEndpoint';
import { cardsOf, startHarness, type Harness } from './harness';
import { messageActivity } from './teamsActivity';

// Local anonymous mode (no MicrosoftAppId): nothing is authenticated, so whoever posts an activity
// chooses where the replies go. Only loopback service URLs are served unless ALLOW_ANY_SERVICE_URL.

describe('isLoopbackUrl', () => {
  it.each([
    'http://127.0.0.1:3978',
    'http://127.1.2.3/',
    'https://localhost:8443/api',
    'http://LOCALHOST',
    'http://[::1]:9000',
  ])('allows %s', (url) => expect(isLoopbackUrl(url)).toBe(true));

  it.each([
    'http://169.254.169.254/latest/meta-data',
    'http://10.0.0.5/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'https://smba.trafficmanager.net/emea/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
    'http://localhost.example.com/',
    'http://127.0.0.1.nip.io/',
    'not a url',
  ])('refuses %s', (url) => expect(isLoopbackUrl(url)).toBe(false));
});

describe('anonymous mode over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const port = () => new URL(h.connector.url).port;

  it('answers to a loopback service URL (the control case)', async () => {
    const { status, sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'hjälp' }),
    );
    expect(status).toBe(200);
    expect(cardsOf(sent)).toHaveLength(1);
  });

  // Both addresses reach this machine's connector if the bot posted to them, so a missing check
  // shows up as a reply received, without sending anything off the machine.
  it.each(['0.0.0.0', '[::ffff:127.0.0.1]'])(
    'refuses the non-loopback service URL http://%s with 403 and posts nothing',
    async (host) => {
      const { status, sent, body } = await h.post(
        messageActivity({ serviceUrl: `http://${host}:${port()}`, text: 'hjälp' }),
      );
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'forbidden', message: 'not allowed' });
      expect(sent).toHaveLength(0);
    },
  );
});

describe('anonymous mode with ALLOW_ANY_SERVICE_URL=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOW_ANY_SERVICE_URL: 'true' });
  });
  afterAll(() => h.close());

  it('posts to any service URL', async () => {
    const { status, sent } = await h.post(
      messageActivity({
        serviceUrl: `http://0.0.0.0:${new URL(h.connector.url).port}`,
        text: 'hjälp',
      }),
    );
    expect(status).toBe(200);
    expect(cardsOf(sent)).toHaveLength(1);
  });
});
