namespace ServiceDefaults;

/// <summary>What the shared defaults report: an ASP.NET Core type, so the app needs its framework at run time.</summary>
public static class Health
{
    public static string Describe() => $"status={Microsoft.AspNetCore.Http.StatusCodes.Status200OK} {Telemetry.Meter.Name}";
}
