// Nära in one resource group: App Service (Linux, Node 22, ≥ 2 instances) with a user-assigned
// managed identity, the Azure Bot (regional, Europe; Teams channel), Azure Database for PostgreSQL
// flexible server, Application Insights, and Key Vault, whose secrets the app reads through Key
// Vault references (no secret in an app setting, in a parameter file or in git).
//
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/parameters/<env>.json \
//     -p postgresAdminPassword=<from your password manager>
//
// README.md ("Deploying to Azure") walks through every step, including the secrets to set.

targetScope = 'resourceGroup'

@description('Short name of the environment: dev, test or prod. Part of every resource name.')
@allowed(['dev', 'test', 'prod'])
param environmentName string

@description('Base of the resource names, e.g. nara-kalmar (lower case, digits, hyphens).')
@minLength(3)
@maxLength(16)
param baseName string

@description('Region of every resource that stores data. Keep it in the EU/EEA.')
param location string = 'swedencentral'

@description('Entra tenant of the bot identity and of the users (the region\'s tenant).')
param tenantId string = tenant().tenantId

@description('Comma-separated tenant ids allowed to use the bot (ALLOWED_TENANT_IDS). Required.')
@minLength(36)
param allowedTenantIds string

@description('Bot identity: the managed identity below (no password), or an Entra app with a secret.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app\'s client id (its secret goes to Key Vault as bot-app-password).')
param botEntraAppId string = ''

@description('The Teams app id (manifest id, TEAMS_APP_ID): cards link to the app\'s tab with it.')
param teamsAppId string = ''

@description('Token audiences the tab accepts (TAB_SSO_AUDIENCE), e.g. api://<host>/<client id>.')
param tabSsoAudience string = ''

@description('Base URL of the region\'s staff directory API (DIRECTORY_API_URL).')
param directoryApiUrl string

@description('Base URL of the region\'s metrics API (METRICS_API_URL).')
param metricsApiUrl string

@description('Instances of the app (at least two: one may restart while the other answers).')
@minValue(2)
param instanceCount int = 2

@description('App Service plan SKU (zone redundancy needs Premium v3).')
param appServiceSku string = 'P1v3'

@description('Spread the instances over availability zones (where the region has them).')
param zoneRedundant bool = true

@description('PostgreSQL compute SKU and tier.')
param postgresSku object = { name: 'Standard_D2ds_v5', tier: 'GeneralPurpose' }

@description('PostgreSQL high availability: ZoneRedundant for production, Disabled for dev/test.')
@allowed(['ZoneRedundant', 'SameZone', 'Disabled'])
param postgresHighAvailability string = 'ZoneRedundant'

@description('PostgreSQL administrator login (used once to create the app\'s role, see README).')
param postgresAdminLogin string = 'nara_admin'

@description('PostgreSQL administrator password. Pass it on the command line, never in a file.')
@secure()
param postgresAdminPassword string

@description('Days of PostgreSQL point-in-time backups (7–35).')
@minValue(7)
@maxValue(35)
param postgresBackupDays int = 35

@description('Days Log Analytics keeps traces and metrics.')
param logRetentionDays int = 90

var name = '${baseName}-${environmentName}'
// Key Vault names: 3–24 characters, globally unique.
var vaultName = take(replace('kv-${name}-${uniqueString(resourceGroup().id)}', '--', '-'), 24)
var appHost = '${name}-app.azurewebsites.net'
var msi = botAppType == 'UserAssignedMSI'

// An app setting that App Service resolves from Key Vault with the app's identity.
func kvRef(vault string, secret string) string => '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

// --- Identity: the app's, the bot's (with UserAssignedMSI) and Key Vault's reader ---
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

// --- Observability ---
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Nära sends no IP addresses; keep Application Insights from recording the client's either.
    DisableIpMasking: false
  }
}

// --- Secrets: the vault; its values are set by the region (README), never by this template ---
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

// Key Vault Secrets User: the app's identity reads secret values, nothing else.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- State: PostgreSQL (all instances share it; see README "The database") ---
resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg'
  location: location
  sku: postgresSku
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 64, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: postgresBackupDays, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: postgresHighAvailability }
    authConfig: { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'nara'
  properties: { charset: 'UTF8', collation: 'sv_SE.utf8' }
}

// Connections from Azure services only (the app's outbound addresses). For a private network,
// replace this rule with VNet integration and a private endpoint.
resource postgresAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource requireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: postgres
  name: 'require_secure_transport'
  properties: { value: 'on', source: 'user-override' }
}

// --- The app: App Service on Linux, Node 22, at least two instances ---
resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: {
    reserved: true
    zoneRedundant: zoneRedundant
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --enable-source-maps dist/src/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Liveness only: App Service replaces an instance that fails it. Never /readyz here, or an
      // outage of the directory API would take every instance out at once (README: probes).
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppId', value: msi ? identity.properties.clientId : botEntraAppId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'MicrosoftAppPassword', value: msi ? '' : kvRef(vaultName, 'bot-app-password') }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'DIRECTORY_API_URL', value: directoryApiUrl }
        { name: 'DIRECTORY_API_KEY', value: kvRef(vaultName, 'directory-api-key') }
        { name: 'METRICS_API_URL', value: metricsApiUrl }
        { name: 'METRICS_API_KEY', value: kvRef(vaultName, 'metrics-api-key') }
        { name: 'DIGEST_TRIGGER_KEY', value: kvRef(vaultName, 'digest-trigger-key') }
        { name: 'DATABASE_URL', value: kvRef(vaultName, 'database-url') }
        { name: 'DATABASE_POOL_SIZE', value: '10' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'TAB_SSO_AUDIENCE', value: tabSsoAudience }
        { name: 'APP_ID', value: teamsAppId }
      ]
    }
  }
  dependsOn: [secretsUser]
}

// --- The Azure Bot: regional (Europe), the identity above, the Teams channel ---
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  // Data residency: a regional bot keeps Bot Service data in Europe (location 'global' does not).
  location: 'westeurope'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Nära'
    endpoint: 'https://${appHost}/api/messages'
    msaAppType: botAppType
    msaAppId: msi ? identity.properties.clientId : botEntraAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: msi ? identity.id : null
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'westeurope'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true, acceptedTerms: true }
  }
}

// Upper-case outputs: the Agents Toolkit (m365agents.yml) writes them to env/.env.<env> by name.
output APP_URL string = 'https://${appHost}'
output BOT_ENDPOINT string = 'https://${appHost}'
output BOT_DOMAIN string = appHost
output BOT_ID string = msi ? identity.properties.clientId : botEntraAppId
output KEY_VAULT_NAME string = vault.name
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
output APP_RESOURCE_ID string = app.id
