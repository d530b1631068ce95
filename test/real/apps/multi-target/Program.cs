// A web app built for two frameworks; it answers with the one it runs on.
using System.Runtime.InteropServices;

var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => $"{RuntimeInformation.FrameworkDescription} as {Environment.UserName}");
app.Run();
