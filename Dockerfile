# Nära as a container: Node 22 LTS, production dependencies only, a non-root user.
# What it builds is what tests/build/productionBuild.test.ts builds and starts:
# `npm run build`, then dist/ + package.json + package-lock.json and `npm ci --omit=dev`.

# --- build: compile src/ into a self-contained dist/ ---
FROM node:22-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.ts scripts/build.ts
COPY src src
COPY cards cards
RUN npm run build

# --- run: the build and its production dependencies, nothing else ---
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --chown=root:root package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build --chown=root:root /build/dist dist
# The embedded database folder (only used without DATABASE_URL) is the one place it may write.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
# `npm run start:prod` without npm in between, so SIGTERM reaches node (graceful shutdown).
CMD ["node", "--enable-source-maps", "dist/src/index.js"]
