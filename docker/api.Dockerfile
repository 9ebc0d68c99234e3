# Sightline API: docker build -f docker/api.Dockerfile -t sightline-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json ./
COPY packages/access/package.json packages/access/
COPY packages/tsconfig/package.json packages/tsconfig/
COPY packages/scripts/package.json packages/scripts/
COPY packages/database/package.json packages/database/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm install --no-audit --no-fund
COPY packages packages
COPY apps/api apps/api
RUN npx turbo run build --filter=@sightline/api && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production API_PORT=4000
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/packages packages
COPY --from=build /app/apps/api/package.json apps/api/package.json
COPY --from=build /app/apps/api/dist apps/api/dist
USER node
EXPOSE 4000
# Liveness: the process answers (GET /healthz). Readiness (database, migrations) is GET /readyz.
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# DATABASE_URL is required in a container; migrations run on start.
CMD ["node", "apps/api/dist/main.js"]
