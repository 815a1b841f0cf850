// A tiny stand-in provider served by the test runner, for elements that fetch a catalog:
//   /test-provider/ok/v1/catalog?country=PL      the fixture catalog (filtered by country)
//   /test-provider/slow/v1/catalog               the same after 400 ms
//   /test-provider/fail/v1/catalog               always HTTP 503
//   /test-provider/flaky/<token>/v1/catalog      503 the first time for each token, then the catalog
//   /test-provider/malformed/v1/catalog          the catalog with two malformed rows among the banks
const banks = [
  { id: 'demo-bank-pl', name: 'Demo Bank', country: 'PL', bic: 'DEMOPLPW', aliases: [], status: 'up', popular: true, logoUrl: '/test/fixtures/logo.svg' },
  { id: 'slaski', name: 'Bank Śląski', country: 'PL', bic: 'SLASPLPW', aliases: ['BŚ'], status: 'up', logoUrl: 'http://tracker.example/logo.png' },
  { id: 'broken-logo', name: 'Broken Logo Bank', country: 'PL', aliases: [], status: 'up', logoUrl: '/test/fixtures/missing-logo.svg' },
  { id: 'demo-bank-cz', name: 'Demo Bank', country: 'CZ', bic: 'DEMOCZPP', aliases: [], status: 'up', popular: true },
  { id: 'sporitelna', name: 'Řeznická spořitelna', country: 'CZ', aliases: [], status: 'degraded' },
];
const seenTokens = new Set();

export async function testProvider(context, next) {
  const match = context.path.match(/^\/test-provider\/(ok|slow|fail|malformed|flaky\/[\w-]+)\/v1\/catalog$/);
  if (!match) return next();
  const mode = match[1];
  if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 400));
  const firstFlaky = mode.startsWith('flaky/') && !seenTokens.has(mode);
  if (mode.startsWith('flaky/')) seenTokens.add(mode);
  context.set('content-type', 'application/json');
  if (mode === 'fail' || firstFlaky) {
    context.status = 503;
    context.body = JSON.stringify({ error: { code: 'unavailable', message: 'try later' } });
    return;
  }
  if (mode === 'malformed') {
    context.body = JSON.stringify({ banks: [banks[0], { id: 'nameless', name: '', country: 'PL' }, banks[1], 'not a bank'] });
    return;
  }
  const country = context.query.country;
  context.body = JSON.stringify({ banks: country ? banks.filter((bank) => bank.country === country) : banks });
}
