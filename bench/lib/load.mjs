// The mixed read workload: autocannon cycles through the portal's read operations from three
// signed-in sessions. A 200 with a GraphQL `errors` array counts as an error too.
import autocannon from 'autocannon';

export async function mixedWorkload(baseUrl, calls, { connections = 50, duration = 20 } = {}) {
  let graphqlErrors = 0;
  const sample = [];
  const requests = calls.map(({ session, body }) => ({
    method: 'POST',
    path: '/graphql',
    headers: session.headers(),
    body: JSON.stringify(body),
    onResponse: (status, responseBody) => {
      if (status === 200 && responseBody && responseBody.includes('"errors"')) {
        graphqlErrors += 1;
        if (sample.length < 3) sample.push(responseBody.slice(0, 300));
      }
    },
  }));
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    requests,
    // A request still unanswered after 10 s counts as an error (timeout).
    timeout: 10,
  });
  return {
    connections,
    durationSeconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    // autocannon counts timeouts among its errors.
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    errorSample: sample,
  };
}
