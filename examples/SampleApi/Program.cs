var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello from a container");
app.MapGet("/healthz", () => Results.Ok());

app.Run();
