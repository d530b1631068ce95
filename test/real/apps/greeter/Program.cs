using Humanizer;

var app = WebApplication.CreateSlimBuilder(args).Build();
// Humanizer comes with the Release configuration only (see Greeter.csproj).
app.MapGet("/", () => 3.ToWords());
app.Run();
