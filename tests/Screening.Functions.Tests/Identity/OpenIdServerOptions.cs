using Microsoft.Extensions.Options;
using Screening.Functions.Console;
using Screening.Testing;

namespace Screening.Functions.Tests.Identity;

/// <summary>The app's Entra ID settings for a local <see cref="OpenIdServer"/>.</summary>
internal static class OpenIdServerOptions
{
    /// <summary>A short key-refresh throttle by default, so a rotation test need not wait minutes.</summary>
    public static IOptions<EntraOptions> Options(this OpenIdServer issuer, TimeSpan? minimumKeyRefresh = null) => Microsoft.Extensions.Options.Options.Create(new EntraOptions
    {
        Instance = issuer.Instance,
        TenantId = OpenIdServer.TenantId,
        ClientId = OpenIdServer.ClientId,
        RequireHttpsMetadata = false,
        MinimumKeyRefreshInterval = minimumKeyRefresh ?? TimeSpan.FromSeconds(1),
    });
}
