namespace Plugins;

public static class Clock
{
    public static string Name => "clock plugin";
}
