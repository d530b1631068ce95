// A worker that does one job and exits, through the shared service defaults (which need ASP.NET Core).
using System.Runtime.InteropServices;

Console.WriteLine($"worker done: user={Environment.UserName} {ServiceDefaults.Health.Describe()} arch={RuntimeInformation.ProcessArchitecture}");
return 0;
