// A worker that does one job and exits, saying what a container test checks.
using System.Runtime.InteropServices;

var dotnetOnDisk = File.Exists("/usr/share/dotnet/dotnet") || File.Exists("/usr/bin/dotnet");
Console.WriteLine($"worker done: user={Environment.UserName} arch={RuntimeInformation.ProcessArchitecture} framework={RuntimeInformation.FrameworkDescription} aot={!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported} dotnet-in-image={dotnetOnDisk}");
return 0;
