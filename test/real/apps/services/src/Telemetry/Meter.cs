namespace Telemetry;

/// <summary>A library the service defaults bring along.</summary>
public static class Meter
{
    public const string Name = "telemetry=on";
}
