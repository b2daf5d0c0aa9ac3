namespace Screening.Functions.Http;

/// <summary>Stable, machine-readable error codes; clients branch on these, so never rename one.</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "request.invalid";
    public const string MalformedJson = "request.malformed_json";
    public const string UnsupportedMediaType = "request.unsupported_media_type";
    public const string PayloadTooLarge = "request.too_large";
    public const string NotFound = "route.not_found";
    public const string EntityNotFound = "entity.not_found";
    public const string ScreeningNotFound = "screening.not_found";
    public const string AddressUnrecognized = "address.unrecognized";
    public const string AddressChecksum = "address.checksum";
    public const string AddressChainMismatch = "address.chain_mismatch";
    public const string AddressChainUnknown = "address.chain_unknown";
    public const string ListsUnavailable = "lists.unavailable";
    public const string ListsStale = "lists.stale";
    public const string AuditUnavailable = "audit.unavailable";
    public const string StorageUnavailable = "storage.unavailable";
    public const string SourceUnknown = "lists.source_unknown";
    public const string VersionUnknown = "lists.version_unknown";
    public const string VersionNotActivatable = "lists.version_not_activatable";
    public const string SourceBusy = "lists.source_busy";
    public const string SubjectNotFound = "subject.not_found";
    public const string AlertNotFound = "alert.not_found";
    public const string AlertConflict = "alert.conflict";
    public const string RescreenNotFound = "rescreen.not_found";
    public const string RescreenConflict = "rescreen.conflict";
    public const string ConsoleSignInRequired = "console.sign_in_required";
    public const string ConsoleRoleRequired = "console.role_required";
    public const string ConsoleFourEyes = "console.four_eyes";
    public const string AuthTokenRequired = "auth.token_required";
    public const string AuthTokenInvalid = "auth.token_invalid";
    public const string AuthRoleRequired = "auth.role_required";
    public const string AuthUnavailable = "auth.unavailable";
    public const string Internal = "internal";
}
