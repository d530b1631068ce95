// A web app that shows what a container test needs to see: who it runs as, and that its content
// root holds its settings and static files, and that a plugin referenced through a glob is in.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.UseStaticFiles();
app.MapGet("/", () => Shared.Greeting.For(Environment.UserName));
app.MapGet("/setting", (IConfiguration configuration) => configuration["Fixture:Setting"] ?? "missing");
app.MapGet("/plugin", () => Plugins.Clock.Name);
app.Run();
