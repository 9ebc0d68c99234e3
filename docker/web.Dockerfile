# Sightline web app: docker build -f docker/web.Dockerfile -t sightline-web .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json turbo.json ./
COPY packages/access/package.json packages/access/
COPY packages/tsconfig/package.json packages/tsconfig/
COPY packages/scripts/package.json packages/scripts/
COPY packages/database/package.json packages/database/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm install --no-audit --no-fund
COPY packages packages
COPY apps apps
COPY schema.graphql ./
RUN npx turbo run build --filter=@sightline/web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 WEB_PORT=3000
COPY --from=build /app /app
USER node
EXPOSE 3000
# API_URL (e.g. http://api:4000) is read at request time by the /graphql proxy.
CMD ["npm", "run", "start", "-w", "@sightline/web"]
