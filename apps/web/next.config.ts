import type { NextConfig } from 'next';

// The browser only ever talks to the web origin: /graphql is proxied to the API so the
// API's httpOnly session cookie is first-party and no CORS is needed.
const apiUrl = (process.env.API_URL || 'http://127.0.0.1:4000').replace(/\/$/, '');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    return [{ source: '/graphql', destination: `${apiUrl}/graphql` }];
  },
};

export default nextConfig;
